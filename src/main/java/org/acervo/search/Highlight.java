package org.acervo.search;

/**
 * Where a query matches a document's text: characters {@code start} to {@code end} of one page's text.
 *
 * @param page  1-based page number
 * @param start offset of the first character matched in the page's text
 * @param end   offset after the last character matched
 */
public record Highlight(int page, int start, int end) {

    public Highlight {
        if (page < 1 || start < 0 || end <= start) {
            throw new IllegalArgumentException("not a match: page " + page + ", " + start + "-" + end);
        }
    }
}
