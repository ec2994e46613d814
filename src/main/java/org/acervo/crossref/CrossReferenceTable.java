package org.acervo.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.acervo.document.DisplayPath;
import org.acervo.index.EntryStatus;
import org.acervo.index.IndexEntry;
import org.acervo.recognition.Mention;
import org.acervo.recognition.MentionType;

/** Builds the table of which documents cite which identifier, on which pages. */
public final class CrossReferenceTable {

    private CrossReferenceTable() {
    }

    /**
     * @param entries the index's documents
     * @param type    only this identifier type, or all identifier types when empty
     * @return rows sorted by identifier, then document path
     */
    public static List<XrefRow> build(List<IndexEntry> entries, Optional<MentionType> type) {
        List<XrefRow> rows = new ArrayList<>();
        for (IndexEntry entry : entries) {
            if (entry.status() != EntryStatus.INDEXED) {
                continue;
            }
            Map<String, List<Mention>> byIdentifier = new LinkedHashMap<>();
            for (Mention m : entry.mentions()) {
                if (m.type().isIdentifier() && m.value() != null && type.map(t -> t == m.type()).orElse(true)) {
                    byIdentifier.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m);
                }
            }
            byIdentifier.forEach((identifier, mentions) -> rows.add(row(entry, identifier, mentions)));
        }
        rows.sort(Comparator.comparing(XrefRow::identifier).thenComparing(XrefRow::path));
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
        throw new IllegalArgumentException("type must be oficio, acuerdo or circular, not '" + label + "'");
    }

    private static XrefRow row(IndexEntry entry, String identifier, List<Mention> mentions) {
        Mention first = mentions.get(0);
        String pageText = entry.pages().get(first.page() - 1);
        List<Integer> pages = mentions.stream().map(Mention::page).distinct().sorted().toList();
        return new XrefRow(identifier, first.type().label(), DisplayPath.of(entry.path()), entry.documentDate(), pages,
                mentions.size(), Sentences.around(pageText, first.start(), first.end()));
    }
}
