package org.acervo.search;

import java.util.List;

/**
 * One matching document.
 *
 * @param path         its path (the first, when the same content lies under several)
 * @param paths        every path holding this content
 * @param documentDate the document's own date, or null
 * @param score        relevance of its best page
 * @param pages        the pages that match, ascending
 * @param snippet      text around the best match, the match between {@code **}
 */
public record SearchHit(String path, List<String> paths, String documentDate, float score, List<Integer> pages,
                        String snippet) {

    public SearchHit {
        paths = List.copyOf(paths);
        pages = List.copyOf(pages);
    }
}
