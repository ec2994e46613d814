package org.acervo.crossref;

import java.util.List;

/**
 * One (identifier, document) pair of the cross-reference table.
 *
 * @param identifier   canonical identifier
 * @param type         oficio, acuerdo or circular
 * @param path         the document's path (the first, when the same content lies under several)
 * @param documentDate the document's own date, or null
 * @param pages        pages where the identifier appears, ascending
 * @param mentions     how many times it appears
 * @param firstMention the sentence of its first mention
 */
public record XrefRow(
        String identifier,
        String type,
        String path,
        String documentDate,
        List<Integer> pages,
        int mentions,
        String firstMention) {

    /** The columns of the table, in this record's order; the first columns of every identifier index. */
    public static final List<String> HEADER =
            List.of("identifier", "type", "document", "date", "pages", "mentions", "first mention");

    public XrefRow {
        pages = List.copyOf(pages);
    }

    /** The cells of this row under {@link #HEADER}; no date is an empty cell. */
    public List<Object> cells() {
        return java.util.Arrays.asList(
                identifier, type, path, documentDate == null ? "" : documentDate, pageList(), mentions, firstMention);
    }

    /** Pages as people write them: "1, 3". */
    public String pageList() {
        return String.join(", ", pages.stream().map(String::valueOf).toList());
    }
}
