package org.acervo.search;

import java.io.IOException;
import java.util.List;
import org.acervo.document.DisplayPath;
import org.acervo.document.DocumentStatus;
import org.acervo.index.ArchiveIndex;

/**
 * What the archive holds, for the home page before anything is asked: documents by type, body and
 * year (the facets of browsing everything), the newest documents, and the failures to review.
 *
 * @param all      every indexed document browsed newest first: its total, facets and first hits
 * @param failed   how many documents failed
 * @param failures the first {@value #FAILURES_SHOWN} of them, path and reason
 */
record ArchiveOverview(SearchResult all, int failed, List<Failure> failures) {

    static final int LATEST_SHOWN = 10;
    static final int FAILURES_SHOWN = 10;

    /** A failed file and why. */
    record Failure(String path, String reason) {}

    static ArchiveOverview of(ArchiveIndex index) throws IOException {
        SearchResult all = new SearchService(index)
                .search(new SearchRequest("", SearchFilters.NONE, SearchOrder.NEWEST, 1, LATEST_SHOWN, false));
        // Counted first: the failed records are read only when there are some, and then only once.
        int failed = index.count(DocumentStatus.FAILED);
        List<Failure> shown = failed == 0
                ? List.of()
                : index.summaries(DocumentStatus.FAILED).stream()
                        .limit(FAILURES_SHOWN)
                        .map(f -> new Failure(DisplayPath.of(f.path()), f.reason()))
                        .toList();
        return new ArchiveOverview(all, failed, shown);
    }
}
