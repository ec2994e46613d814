package org.acervo.search;

import org.acervo.language.BadArgument;

/**
 * One search as the CLI, the page and the API ask for it.
 *
 * @param text     the query: words, "a phrase", AND/OR/NOT, identifiers in any spelling, {@code INE/UNICOM/*}/2021;
 *                 empty to browse what the filters let through (everything without filters), newest first
 * @param filters  what to narrow to
 * @param order    how to order hits
 * @param page     1-based page of hits
 * @param pageSize hits per page
 * @param fuzzy    whether words also match spellings one or two letters away (OCR damage)
 */
public record SearchRequest(
        String text, SearchFilters filters, SearchOrder order, int page, int pageSize, boolean fuzzy) {

    /** The most hits a page may hold. */
    public static final int MAX_PAGE_SIZE = 500;

    public SearchRequest {
        filters = filters == null ? SearchFilters.NONE : filters;
        // No words but a filter is browsing: every document the filters let through, newest first.
        boolean browsing = text == null || text.isBlank();
        text = browsing ? "" : text.strip();
        if (browsing && (order == null || order == SearchOrder.RELEVANCE)) {
            order = SearchOrder.NEWEST;
        }
        if (text.length() > 1_000) {
            throw new BadArgument("error.queryLong");
        }
        order = order == null ? SearchOrder.RELEVANCE : order;
        if (page < 1) {
            throw new BadArgument("error.pageNumber", page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new BadArgument("error.pageSize", MAX_PAGE_SIZE, pageSize);
        }
    }

    /**
     * A search a person asked for: words or at least one filter. Browsing everything is for the home
     * page's overview, not an empty box sent by mistake.
     *
     * @throws IllegalArgumentException when neither words nor a filter were given, or a value is out of range
     */
    public static SearchRequest asked(
            String text, SearchFilters filters, SearchOrder order, int page, int pageSize, boolean fuzzy) {
        if ((text == null || text.isBlank()) && (filters == null || !filters.any())) {
            throw new BadArgument("error.queryEmpty");
        }
        return new SearchRequest(text, filters, order, page, pageSize, fuzzy);
    }

    /** The first page of a plain search. */
    public static SearchRequest of(String text, int pageSize) {
        return new SearchRequest(text, SearchFilters.NONE, SearchOrder.RELEVANCE, 1, pageSize, false);
    }
}
