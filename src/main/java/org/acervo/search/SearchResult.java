package org.acervo.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the counts of every matching document.
 *
 * @param request     what was asked
 * @param total       how many documents match
 * @param hits        this page of them
 * @param facets      documents per value of {@code type}, {@code body} and {@code year}, most first
 * @param identifiers canonical identifiers the query resolved to
 */
public record SearchResult(
        SearchRequest request,
        int total,
        List<SearchHit> hits,
        Map<String, Map<String, Integer>> facets,
        List<String> identifiers) {

    public SearchResult {
        hits = List.copyOf(hits);
        identifiers = List.copyOf(identifiers);
    }

    /** How many pages of hits there are. */
    public int pages() {
        return Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
    }

    /** Whether approximate matching might find what this search did not. */
    public boolean suggestFuzzy() {
        return total == 0 && !request.fuzzy();
    }
}
