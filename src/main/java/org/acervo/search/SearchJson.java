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
        List<Hit> hits,
        Map<String, Map<String, Integer>> facets) {

    /** A search's answer. */
    public static SearchJson of(SearchResult result) {
        return new SearchJson(
                result.total(),
                result.request().page(),
                result.pages(),
                result.identifiers(),
                result.hits().stream().map(Hit::of).toList(),
                result.facets());
    }

    /**
     * One document found.
     *
     * @param snippet  the best snippet's text, matches between {@code **}; empty when there is none
     * @param snippets every snippet with its page
     */
    public record Hit(
            String id,
            String path,
            List<String> paths,
            String documentDate,
            float score,
            List<Integer> pages,
            String snippet,
            List<Piece> snippets) {

        static Hit of(SearchHit h) {
            return new Hit(
                    h.id(),
                    h.path(),
                    h.paths(),
                    h.documentDate(),
                    h.score(),
                    h.pages(),
                    h.snippet(),
                    h.snippets().stream()
                            .map(s -> new Piece(s.page(), s.text()))
                            .toList());
        }
    }

    /** A snippet: its page and its text, matches between {@code **}. */
    public record Piece(int page, String text) {}
}
