package org.acervo.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DisplayPath;
import org.acervo.document.Relation;

/**
 * One identifier's correspondence as two indented trees, for its page: what it answers or cites and
 * onward (the oficio answers another, which cites an acuerdo), and what answers or cites it and
 * backward. Built from the links {@link CorrespondenceChains} gathered, each with the documents
 * that are the identifiers and the one that states the link.
 *
 * <p>Each identifier appears once per tree, under the first branch that reaches it (depth first, by
 * date): a loop or a diamond in the correspondence shows as a tree, and the chains table keeps every path.
 *
 * @param identifier the identifier at the root
 * @param reaches    what it answers or cites, each with what that one answers or cites
 * @param reachedBy  what answers or cites it, each with what answers or cites that one
 * @param left       identifiers not shown because the trees reached {@value #MAX_NODES} nodes
 */
public record ChainTree(String identifier, List<Node> reaches, List<Node> reachedBy, int left) {

    /** Nodes per tree: more than a page can show legibly; the chains table lists them all. */
    static final int MAX_NODES = 100;

    /**
     * A document of the archive, as a node shows it.
     *
     * @param id   its SHA-256, the address of its page
     * @param path its path for display
     * @param date its document date, or null
     */
    public record Document(String id, String path, String date) {

        static Document of(ArchiveDocument entry) {
            return entry == null
                    ? null
                    : new Document(entry.sha256(), DisplayPath.of(entry.path()), entry.documentDate());
        }
    }

    /**
     * An identifier reached through one link.
     *
     * @param identifier the identifier
     * @param kind       the link read from its parent: {@code answers} or {@code cites} in {@link #reaches},
     *                   {@code answeredBy} or {@code citedBy} in {@link #reachedBy}
     * @param held       the document that is the identifier, or null when the archive lacks it
     * @param statedIn   the document stating the link
     * @param page       the page it is stated on
     * @param children   the identifiers reached from it the same way
     */
    public record Node(
            String identifier, String kind, Document held, Document statedIn, int page, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }

        /** The date to show: the document's own, else that of the document stating the link. */
        public String date() {
            return held != null && held.date() != null ? held.date() : statedIn.date();
        }
    }

    public ChainTree {
        reaches = List.copyOf(reaches);
        reachedBy = List.copyOf(reachedBy);
    }

    /** Whether the identifier answers, cites or is answered or cited by anything. */
    public boolean isEmpty() {
        return reaches.isEmpty() && reachedBy.isEmpty();
    }

    static ChainTree of(String identifier, CorrespondenceChains chains) {
        Walk forward = new Walk(
                identifier,
                chains,
                chains::linksFrom,
                l -> l.relation().to(),
                l -> l.relation().kind().key());
        Walk backward = new Walk(
                identifier,
                chains,
                chains::linksTo,
                l -> l.relation().from(),
                l -> Relation.ANSWERS.equals(l.relation().kind()) ? "answeredBy" : "citedBy");
        List<Node> reaches = forward.from(identifier, 1);
        List<Node> reachedBy = backward.from(identifier, 1);
        return new ChainTree(identifier, reaches, reachedBy, forward.left + backward.left);
    }

    /** A depth-first walk along links in one direction, each identifier visited once. */
    private static final class Walk {
        private final CorrespondenceChains chains;
        private final Function<String, List<CorrespondenceChains.Link>> links;
        private final Function<CorrespondenceChains.Link, String> next;
        private final Function<CorrespondenceChains.Link, String> kind;
        private final Set<String> visited = new HashSet<>();
        private int nodes;
        private int left;

        Walk(
                String root,
                CorrespondenceChains chains,
                Function<String, List<CorrespondenceChains.Link>> links,
                Function<CorrespondenceChains.Link, String> next,
                Function<CorrespondenceChains.Link, String> kind) {
            this.chains = chains;
            this.links = links;
            this.next = next;
            this.kind = kind;
            visited.add(root);
        }

        List<Node> from(String at, int depth) {
            List<CorrespondenceChains.Link> out = new ArrayList<>(links.apply(at));
            out.sort(Comparator.comparing(
                            (CorrespondenceChains.Link l) -> date(l), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(next));
            List<Node> nodes = new ArrayList<>();
            for (CorrespondenceChains.Link link : out) {
                String id = next.apply(link);
                if (!visited.add(id)) {
                    continue;
                }
                if (this.nodes == MAX_NODES) {
                    left++;
                    continue;
                }
                this.nodes++;
                List<Node> children = depth < CorrespondenceChains.MAX_STEPS ? from(id, depth + 1) : List.of();
                nodes.add(new Node(
                        id,
                        kind.apply(link),
                        Document.of(chains.holder(id)),
                        Document.of(link.statedIn()),
                        link.relation().page(),
                        children));
            }
            return nodes;
        }

        private String date(CorrespondenceChains.Link link) {
            ArchiveDocument held = chains.holder(next.apply(link));
            return held != null && held.documentDate() != null
                    ? held.documentDate()
                    : link.statedIn().documentDate();
        }
    }
}
