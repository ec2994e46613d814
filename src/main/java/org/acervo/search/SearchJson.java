package org.acervo.search;

import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a search, shared by {@code search --json} and {@code /api/search}: records Jackson
 * writes component by component, in order.
 *
 * @param total       how many documents match
 * @param page        this page's number, from 1
 * @param pages       how many pages there are
 * @param identifiers canonical identifiers the query resolved to
 * @param hits        this page of documents
 * @param facets      documents per value of {@code type}, {@code body} and {@code year}
 */
public record SearchJson(
        int total,
        int page,
        int pages,
        List<String> identifiers,
        List<SearchHit> hits,
        Map<String, Map<String, Integer>> facets) {

    /** A search's answer. */
    public static SearchJson of(SearchResult result) {
        return new SearchJson(
                result.total(),
                result.request().page(),
                result.pages(),
                result.identifiers(),
                result.hits(),
                result.facets());
    }
}
