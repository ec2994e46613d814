package org.acervo.search;

import java.util.List;

/**
 * @param total how many documents match
 * @param hits  the best of them, best first
 */
public record SearchResult(int total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
