package org.acervo.crossref;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A cross-reference table as every exporter and the web page see it: a header and rows of text.
 *
 * @param name   the table's short name ({@code index}, {@code matrix}, …), for file names
 * @param title  a heading for people
 * @param header column names
 * @param rows   cells, one list per row, as long as the header
 * @param docIds per row, the id of the document the row is about, or null; lets pages link rows
 */
public record Table(String name, String title, List<String> header, List<List<String>> rows, List<String> docIds) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream()
                .map(r -> Collections.unmodifiableList(new ArrayList<>(r)))
                .toList();
        docIds = Collections.unmodifiableList(new ArrayList<>(docIds));
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "a row of " + row.size() + " cells in a table of " + header.size() + " columns");
            }
        }
        if (docIds.size() != rows.size()) {
            throw new IllegalArgumentException("one document id per row is needed");
        }
    }

    /** Builds a table row by row. */
    static final class Builder {
        private final String name;
        private final String title;
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> docIds = new ArrayList<>();

        Builder(String name, String title, List<String> header) {
            this.name = name;
            this.title = title;
            this.header = header;
        }

        /** Adds a row; null cells become empty. */
        Builder row(String docId, List<?> cells) {
            rows.add(cells.stream().map(c -> c == null ? "" : String.valueOf(c)).toList());
            docIds.add(docId);
            return this;
        }

        Table build() {
            return new Table(name, title, header, rows, docIds);
        }
    }
}
