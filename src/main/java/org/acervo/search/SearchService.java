package org.acervo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DisplayPath;
import org.acervo.index.ArchiveIndex;
import org.acervo.index.DocRecord;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.OutdatedIndexException;
import org.acervo.index.SolrDocumentIndex;

/**
 * Finds documents by words, phrases or identifiers in any spelling, narrowed by filters, and groups
 * page matches into one hit per document with its pages, snippets and facet counts.
 *
 * <p>The pages are matched where the archive is indexed ({@link PageSearch}): this machine's Lucene index,
 * or the cluster's Solr collection; the reading of the query, the hits and their snippets are made here,
 * the same for both.
 */
public final class SearchService {

    /** Snippets per hit: its best pages. */
    private static final int SNIPPETS_PER_HIT = 3;

    private final PageSearch pages;
    private final QueryReader reader;
    private final Snippets snippets = new Snippets();
    private final Highlights highlights = new Highlights();

    /** Searches this machine's index at one commit, or a cluster's Solr collection. */
    public SearchService(ArchiveIndex index) throws IOException {
        this.pages = index instanceof IndexSnapshot snapshot
                ? new LucenePageSearch(snapshot)
                : new SolrPageSearch((SolrDocumentIndex) index);
        this.reader = new QueryReader(new IdentifierResolver(index.identifiers()));
    }

    /** The first {@code limit} hits of a plain search. */
    public SearchResult search(String text, int limit) throws IOException {
        return search(SearchRequest.of(text, limit));
    }

    /**
     * Where a search's words and identifiers match the text of one document, page by page, as a
     * document's page marks them; none for a blank query.
     *
     * @throws IllegalArgumentException when the query cannot be read, with a sentence saying why
     */
    public List<Highlight> highlights(String text, boolean fuzzy, ArchiveDocument entry) throws IOException {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return highlights.of(reader.read(text, fuzzy), entry);
    }

    /**
     * @throws IllegalArgumentException when the query cannot be read, with a sentence saying why
     * @throws OutdatedIndexException   when the index was written by another version of Acervo
     */
    public SearchResult search(SearchRequest request) throws IOException {
        QueryReader.Read read = reader.read(request.text(), request.fuzzy());
        PageSearch.Found found = pages.find(read, request, SNIPPETS_PER_HIT);
        List<SearchHit> hits = new ArrayList<>();
        for (PageSearch.Shown shown : found.shown()) {
            hits.add(hit(shown, read));
        }
        return new SearchResult(request, found.total(), hits, found.facets(), read.identifiers());
    }

    private SearchHit hit(PageSearch.Shown shown, QueryReader.Read read) throws IOException {
        DocRecord record = shown.record();
        List<Snippet> found = new ArrayList<>();
        for (PageSearch.PageText page : shown.best()) {
            found.add(snippets.of(read, page.page(), page.text(), record));
        }
        return new SearchHit(
                record.sha256(),
                DisplayPath.of(record.path()),
                record.paths().stream().map(DisplayPath::of).toList(),
                record.documentDate(),
                Float.isNaN(shown.score()) ? 0 : shown.score(),
                List.copyOf(shown.pages()),
                found);
    }
}
