package org.acervo.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a search, shared by {@code search --json} and {@code /api/search}. */
public final class SearchJson {

    private SearchJson() {}

    /**
     * {@code {"total", "page", "pages", "identifiers", "hits": [{"id", "path", "paths", "documentDate",
     * "score", "pages", "snippet", "snippets": [{"page", "text"}]}], "facets": {"type", "body", "year"}}}.
     */
    public static Map<String, Object> of(SearchResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("page", result.request().page());
        body.put("pages", result.pages());
        body.put("identifiers", result.identifiers());
        body.put("hits", result.hits().stream().map(SearchJson::hit).toList());
        body.put("facets", result.facets());
        return body;
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> hit = new LinkedHashMap<>();
        hit.put("id", h.id());
        hit.put("path", h.path());
        hit.put("paths", h.paths());
        hit.put("documentDate", h.documentDate());
        hit.put("score", h.score());
        hit.put("pages", h.pages());
        hit.put("snippet", h.snippet());
        List<Map<String, Object>> snippets = h.snippets().stream()
                .map(s -> Map.<String, Object>of("page", s.page(), "text", s.text()))
                .toList();
        hit.put("snippets", snippets);
        return hit;
    }
}
