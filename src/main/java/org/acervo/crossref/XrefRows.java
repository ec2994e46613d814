package org.acervo.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.language.BadArgument;
import org.acervo.recognition.text.Sentences;

/**
 * Builds the rows ({@link XrefRow}) of which documents cite which identifier, on which pages.
 *
 * <p>Rows are found from the mentions alone; page text is read only for the rows returned, once per
 * document, to quote the sentence of each identifier's first mention.
 */
public final class XrefRows {

    /** An (identifier, document) pair before its first mention is quoted; {@code path} as displayed. */
    private record Pair(ArchiveDocument entry, String path, String identifier, List<Mention> mentions) {

        Mention first() {
            return mentions.get(0);
        }
    }

    private XrefRows() {}

    /**
     * @param source the index's documents
     * @param type   only this identifier type, or all identifier types when empty
     * @return rows sorted by identifier, then document path
     */
    public static List<XrefRow> build(XrefSource source, Optional<MentionType> type) {
        return rows(source, pairs(source, ofType(type)));
    }

    /** The first rows of a table and how many it has in all. */
    public record Head(int total, List<XrefRow> rows) {}

    /** The first {@code limit} rows of {@link #build(XrefSource, Optional)}; text is read for those only. */
    public static Head first(XrefSource source, Optional<MentionType> type, int limit) {
        List<Pair> pairs = pairs(source, ofType(type));
        return new Head(pairs.size(), rows(source, pairs.subList(0, Math.min(limit, pairs.size()))));
    }

    /** The rows of one identifier, as {@link #build(XrefSource, Optional)} has them. */
    static List<XrefRow> of(XrefSource source, String identifier) {
        return rows(source, pairs(source, m -> identifier.equals(m.value())));
    }

    /**
     * The rows of every identifier of a set, as {@link #build(XrefSource, Optional)} has them: one pass
     * over the documents however many identifiers are asked for (a batch search of thousands).
     */
    public static List<XrefRow> ofAny(XrefSource source, Set<String> identifiers) {
        return rows(source, pairs(source, m -> identifiers.contains(m.value())));
    }

    private static Predicate<Mention> ofType(Optional<MentionType> type) {
        return m -> type.map(t -> t == m.type()).orElse(true);
    }

    private static List<Pair> pairs(XrefSource source, Predicate<Mention> keep) {
        List<Pair> pairs = new ArrayList<>();
        for (ArchiveDocument entry : source.documents()) {
            if (entry.status() != DocumentStatus.INDEXED) {
                continue;
            }
            Map<String, List<Mention>> byIdentifier = new LinkedHashMap<>();
            for (Mention m : entry.mentions()) {
                if (m.type().isIdentifier() && m.value() != null && keep.test(m)) {
                    byIdentifier
                            .computeIfAbsent(m.value(), k -> new ArrayList<>())
                            .add(m);
                }
            }
            String path = source.path(entry);
            byIdentifier.forEach((identifier, mentions) -> pairs.add(new Pair(entry, path, identifier, mentions)));
        }
        pairs.sort(Comparator.comparing(Pair::identifier).thenComparing(Pair::path));
        return pairs;
    }

    /** Quotes each pair's first mention, reading the pages of each document once. */
    private static List<XrefRow> rows(XrefSource source, List<Pair> pairs) {
        Map<String, List<Pair>> byEntry = new LinkedHashMap<>();
        pairs.forEach(p -> byEntry.computeIfAbsent(p.entry().sha256(), k -> new ArrayList<>())
                .add(p));
        Map<Pair, String> quotes = new IdentityHashMap<>();
        for (List<Pair> ofEntry : byEntry.values()) {
            Set<Integer> firstPages = new TreeSet<>();
            ofEntry.forEach(p -> firstPages.add(p.first().page()));
            Map<Integer, String> texts = source.pages(ofEntry.get(0).entry(), firstPages);
            for (Pair p : ofEntry) {
                String text = texts.get(p.first().page());
                quotes.put(
                        p,
                        text == null
                                ? ""
                                : Sentences.around(
                                        text, p.first().start(), p.first().end()));
            }
        }
        List<XrefRow> rows = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            List<Integer> pages =
                    p.mentions().stream().map(Mention::page).distinct().sorted().toList();
            rows.add(new XrefRow(
                    p.identifier(),
                    p.first().type().label(),
                    p.path(),
                    p.entry().documentDate(),
                    pages,
                    p.mentions().size(),
                    quotes.get(p)));
        }
        return rows;
    }

    /** Rows as a {@link Table}, for any {@link TableFormat}. */
    public static Table asTable(List<XrefRow> rows) {
        Table.Builder table = new Table.Builder("xref", "Cross-reference table", XrefRow.HEADER);
        rows.forEach(row -> table.row(null, row.cells()));
        return table.build();
    }

    /** Parses a {@code --type} value: an identifier type, not "date". */
    public static MentionType identifierType(String label) {
        try {
            MentionType type = MentionType.fromLabel(label.trim());
            if (type.isIdentifier()) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw new BadArgument("error.idType", label);
    }
}
