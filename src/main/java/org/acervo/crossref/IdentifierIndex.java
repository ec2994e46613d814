package org.acervo.crossref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.Event;
import org.acervo.document.MentionType;

/**
 * Table 1, the identifier index: the cross-reference table's columns, then for each identifier the
 * first and last date it is seen (dates of the documents that mention it and of its dated events)
 * and how many documents mention it.
 */
final class IdentifierIndex {

    static final List<String> EXTRA = List.of("first seen", "last seen", "documents");

    private IdentifierIndex() {}

    static Table build(XrefSource source, Optional<MentionType> type) {
        return table("Identifier index", source, XrefRows.build(source, type));
    }

    /** The rows of one identifier, as {@link #build} has them. */
    static Table of(XrefSource source, String identifier) {
        return table("Documents that mention " + identifier, source, XrefRows.of(source, identifier));
    }

    private static Table table(String title, XrefSource source, List<XrefRow> rows) {
        Map<String, String> idsByPath = source.idsByPath();
        Map<String, Span> spans = new HashMap<>();
        Map<String, Set<String>> documents = new HashMap<>();
        for (XrefRow row : rows) {
            spans.computeIfAbsent(row.identifier(), k -> new Span()).add(row.documentDate());
            documents.computeIfAbsent(row.identifier(), k -> new HashSet<>()).add(row.path());
        }
        for (ArchiveDocument entry : source.documents()) {
            for (Event event : entry.events()) {
                event.ids().stream()
                        .filter(spans::containsKey)
                        .forEach(id -> spans.get(id).add(event.date()));
            }
        }
        List<String> header = new ArrayList<>(XrefRow.HEADER);
        header.addAll(EXTRA);
        Table.Builder table = new Table.Builder("index", title, header);
        for (XrefRow r : rows) {
            Span span = spans.get(r.identifier());
            List<Object> cells = new ArrayList<>(r.cells());
            cells.addAll(List.of(
                    nullToEmpty(span.first),
                    nullToEmpty(span.last),
                    documents.get(r.identifier()).size()));
            table.row(idsByPath.get(r.path()), cells);
        }
        return table.build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Earliest and latest ISO date; ISO dates order as text. */
    private static final class Span {
        String first;
        String last;

        void add(String date) {
            if (date == null || date.isBlank()) {
                return;
            }
            first = first == null || date.compareTo(first) < 0 ? date : first;
            last = last == null || date.compareTo(last) > 0 ? date : last;
        }
    }
}
