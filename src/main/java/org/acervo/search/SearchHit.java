package org.acervo.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One matching document.
 *
 * @param id           the document's identity (SHA-256 of its content), as in {@code /doc/{id}}
 * @param path         its path (the first, when the same content lies under several)
 * @param paths        every path holding this content
 * @param documentDate the document's own date, or null
 * @param score        relevance of its best page
 * @param pages        the pages that match, ascending
 * @param snippets     text around the matches on its best pages, best first
 *     <p>The JSON of a hit (search --json, /api/search) is this record as Jackson writes it, the best
 *     snippet's text beside the snippets.
 */
@JsonPropertyOrder({"id", "path", "paths", "documentDate", "score", "pages", "snippet", "snippets"})
public record SearchHit(
        String id,
        String path,
        List<String> paths,
        String documentDate,
        float score,
        List<Integer> pages,
        List<Snippet> snippets) {

    public SearchHit {
        paths = List.copyOf(paths);
        pages = List.copyOf(pages);
        snippets = List.copyOf(snippets);
    }

    /** The best snippet with its matches between {@code **}; empty when there is none. */
    @JsonProperty("snippet")
    public String snippet() {
        return snippets.isEmpty() ? "" : snippets.get(0).text();
    }
}
