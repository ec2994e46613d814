package org.acervo.batch;

import java.util.List;
import org.acervo.crossref.Table;

/**
 * What a batch search found: rows in the order the list asked, and the identifiers nothing mentions.
 *
 * @param asked    the list searched
 * @param rows     one per (identifier, document), in the list's order, then by canonical identifier and path
 * @param notFound identifiers of the list no document mentions in any spelling, as written
 */
public record BatchResult(BatchList asked, List<BatchRow> rows, List<String> notFound) {

    public BatchResult {
        rows = List.copyOf(rows);
        notFound = List.copyOf(notFound);
    }

    /** How many identifiers of the list were found in some document. */
    public int found() {
        return asked.size() - notFound.size();
    }

    /**
     * The rows as a table for {@code TableFormat}, under the stable keys ({@code TableWords.forPeople}
     * gives the headers of the exports for people); each row knows its document.
     */
    public Table table() {
        return new Table(
                "lote",
                "Batch search",
                BatchRow.KEYS,
                rows.stream().map(BatchRow::cells).toList(),
                rows.stream().map(BatchRow::document).toList());
    }

    /** {@code {"rows": [{"identifier", "searchedAs", "document", "path", "pages", "date", "firstMention"}], "notFound": […]}}. */
    public Answer json() {
        return new Answer(rows, notFound);
    }

    /** The API's answer, as Jackson writes it: the rows (each {@link BatchRow}'s components) and what was not found. */
    public record Answer(List<BatchRow> rows, List<String> notFound) {}
}
