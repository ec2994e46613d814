package org.acervo.crossref;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Relation;

/**
 * Table 3, correspondence chains: for each identifier, every identifier it reaches through
 * {@code answers} and {@code cites} relations followed transitively (A answers B, which cites C),
 * with the path taken and, at both ends, the document that is the identifier when the archive holds it.
 */
final class CorrespondenceChains {

    static final List<String> HEADER =
            List.of("identifier", "held in", "reaches", "reached held in", "steps", "chain", "stated in");
    /** Longer chains than this are loops the visited set missed or noise; archives do not answer that deep. */
    static final int MAX_STEPS = 12;

    /** One stated relation and where it is stated. */
    record Link(Relation relation, ArchiveDocument statedIn) {}

    private final Map<String, List<Link>> outgoing = new TreeMap<>();
    /** For each identifier, the ones with a link to it: what an identifier's own page walks back along. */
    private final Map<String, List<Link>> incoming = new java.util.HashMap<>();

    private final Map<String, ArchiveDocument> holders;
    private final XrefSource source;

    CorrespondenceChains(XrefSource source) {
        this.source = source;
        holders = source.holders();
        Set<String> seen = new HashSet<>();
        for (ArchiveDocument entry : source.documents()) {
            if (entry.status() != DocumentStatus.INDEXED) {
                continue;
            }
            for (Relation r : entry.relations()) {
                // The same relation is stated in many reports; the first statement is enough for a chain.
                if (!r.from().equals(r.to())
                        && seen.add(r.from() + "\n" + r.kind().key() + "\n" + r.to())) {
                    Link link = new Link(r, entry);
                    outgoing.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(link);
                    incoming.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(link);
                }
            }
        }
    }

    /** The chains starting at every identifier that answers or cites another. */
    Table table() {
        Table.Builder table = new Table.Builder("chains", "Correspondence chains", HEADER);
        for (String start : outgoing.keySet()) {
            rows(start, table);
        }
        return table.build();
    }

    /**
     * The chains starting at one identifier, and the ones leading to it. Only the identifiers that
     * reach it within {@value #MAX_STEPS} steps are walked from, found by walking the links
     * backwards, so one identifier's page does not cost a walk from every identifier of the archive.
     */
    Table tableFor(String identifier) {
        Table.Builder table = new Table.Builder("chains", "Correspondence chains of " + identifier, HEADER);
        Set<String> leadingTo = reaching(identifier);
        for (String start : outgoing.keySet()) {
            if (start.equals(identifier)) {
                rows(start, table);
            } else if (leadingTo.contains(start)) {
                Table.Builder all = new Table.Builder("chains", "", HEADER);
                rows(start, all);
                Table t = all.build();
                for (int i = 0; i < t.rows().size(); i++) {
                    if (t.rows().get(i).get(2).equals(identifier)) {
                        table.row(t.docIds().get(i), t.rows().get(i));
                    }
                }
            }
        }
        return table.build();
    }

    /** Every identifier with a chain of at most {@value #MAX_STEPS} links to {@code target}. */
    private Set<String> reaching(String target) {
        Set<String> found = new HashSet<>(List.of(target));
        List<String> level = List.of(target);
        for (int step = 0; step < MAX_STEPS && !level.isEmpty(); step++) {
            List<String> next = new ArrayList<>();
            for (String to : level) {
                for (Link link : incoming.getOrDefault(to, List.of())) {
                    String from = link.relation().from();
                    if (found.add(from)) {
                        next.add(from);
                    }
                }
            }
            level = next;
        }
        found.remove(target);
        return found;
    }

    /** The links stated from an identifier: what it answers or cites. */
    List<Link> linksFrom(String identifier) {
        return outgoing.getOrDefault(identifier, List.of());
    }

    /** The links stated to an identifier: what answers or cites it. */
    List<Link> linksTo(String identifier) {
        return incoming.getOrDefault(identifier, List.of());
    }

    /** The document that is this identifier, if held. */
    ArchiveDocument holder(String identifier) {
        return holders.get(identifier);
    }

    /** Breadth-first from {@code start}: each identifier reached once, by its shortest chain. */
    private void rows(String start, Table.Builder table) {
        Deque<List<Link>> queue = new ArrayDeque<>();
        Set<String> visited = new LinkedHashSet<>(List.of(start));
        queue.add(List.of());
        while (!queue.isEmpty()) {
            List<Link> path = queue.poll();
            String at = path.isEmpty()
                    ? start
                    : path.get(path.size() - 1).relation().to();
            if (path.size() == MAX_STEPS) {
                continue;
            }
            for (Link link : outgoing.getOrDefault(at, List.of())) {
                String next = link.relation().to();
                if (!visited.add(next)) {
                    continue;
                }
                List<Link> longer = new ArrayList<>(path);
                longer.add(link);
                queue.add(longer);
                ArchiveDocument statedIn = link.statedIn();
                table.row(
                        statedIn.sha256(),
                        List.of(
                                start,
                                held(start),
                                next,
                                held(next),
                                longer.size(),
                                chain(start, longer),
                                source.path(statedIn) + " p. " + link.relation().page()));
            }
        }
    }

    private String held(String identifier) {
        ArchiveDocument holder = holders.get(identifier);
        return holder == null ? "" : source.path(holder);
    }

    private static String chain(String start, List<Link> links) {
        StringBuilder chain = new StringBuilder(start);
        for (Link link : links) {
            chain.append(' ')
                    .append(link.relation().kind().key())
                    .append(' ')
                    .append(link.relation().to());
        }
        return chain.toString();
    }
}
