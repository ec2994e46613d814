package org.acervo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.acervo.document.DisplayPath;
import org.acervo.index.IndexEntry;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds documents by words, phrases or identifiers in any spelling, narrowed by filters, and groups
 * page matches into one hit per document with its pages, snippets and facet counts.
 */
public final class SearchService {

    /** Page matches read before grouping; enough for any archive a person pages through. */
    private static final int MAX_PAGE_HITS = 10_000;
    /** Snippets per hit: its best pages. */
    private static final int SNIPPETS_PER_HIT = 3;

    private final IndexSnapshot snapshot;
    private final QueryReader reader;
    private final Snippets snippets = new Snippets();

    public SearchService(IndexSnapshot snapshot) throws IOException {
        this.snapshot = snapshot;
        this.reader = new QueryReader(new IdentifierResolver(snapshot.terms(IndexSchema.IDENTIFIER)));
    }

    /** The first {@code limit} hits of a plain search. */
    public SearchResult search(String text, int limit) throws IOException {
        return search(SearchRequest.of(text, limit));
    }

    /** @throws IllegalArgumentException when the query cannot be read, with a sentence saying why */
    public SearchResult search(SearchRequest request) throws IOException {
        QueryReader.Read read = reader.read(request.text(), request.fuzzy());
        BooleanQuery.Builder pages = new BooleanQuery.Builder()
                .add(read.query(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), BooleanClause.Occur.FILTER);
        filters(request.filters()).forEach(f -> pages.add(f, BooleanClause.Occur.FILTER));

        IndexSearcher searcher = snapshot.searcher();
        StoredFields stored = searcher.storedFields();
        Map<String, Group> groups = new LinkedHashMap<>();
        FacetCounter facets = new FacetCounter();
        for (ScoreDoc hit : topPages(searcher, pages.build(), request.order()).scoreDocs) {
            Document page = stored.document(hit.doc);
            Group group = groups.computeIfAbsent(page.get(IndexSchema.SHA256), sha -> {
                facets.count(page);
                return new Group(hit.score);
            });
            group.add(page);
        }
        List<SearchHit> hits = new ArrayList<>();
        int skip = (request.page() - 1) * request.pageSize();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            if (skip-- > 0) {
                continue;
            }
            if (hits.size() == request.pageSize()) {
                break;
            }
            hits.add(hit(snapshot.find(e.getKey()).orElseThrow(), e.getValue(), read));
        }
        return new SearchResult(request, groups.size(), hits, facets.result(), read.identifiers());
    }

    private SearchHit hit(IndexEntry entry, Group group, QueryReader.Read read) throws IOException {
        List<Snippet> found = new ArrayList<>();
        for (Document page : group.best) {
            found.add(snippets.of(read, page, entry));
        }
        return new SearchHit(entry.sha256(), DisplayPath.of(entry.path()), entry.paths().stream().map(DisplayPath::of).toList(),
                entry.documentDate(), Float.isNaN(group.score) ? 0 : group.score, List.copyOf(group.pages), found);
    }

    private static TopDocs topPages(IndexSearcher searcher, Query query, SearchOrder order) throws IOException {
        if (order == SearchOrder.RELEVANCE) {
            return searcher.search(query, MAX_PAGE_HITS);
        }
        boolean newest = order == SearchOrder.NEWEST;
        SortField byDate = new SortField(IndexSchema.DOCUMENT_DAY, SortField.Type.INT, newest);
        // Undated documents go last either way.
        byDate.setMissingValue(newest ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return searcher.search(query, MAX_PAGE_HITS, new Sort(byDate, SortField.FIELD_SCORE), true);
    }

    static List<Query> filters(SearchFilters f) {
        List<Query> queries = new ArrayList<>();
        if (f.type() != null) {
            queries.add(new TermQuery(new Term(IndexSchema.MENTION_TYPE, f.type())));
        }
        if (f.body() != null) {
            queries.add(new TermQuery(new Term(IndexSchema.BODY, f.body())));
        }
        if (f.unit() != null) {
            queries.add(new TermQuery(new Term(IndexSchema.UNIT, f.unit())));
        }
        if (f.year() != null) {
            queries.add(IntPoint.newExactQuery(IndexSchema.YEAR, f.year()));
        }
        if (f.from() != null || f.to() != null) {
            queries.add(IntPoint.newRangeQuery(IndexSchema.DOCUMENT_DAY,
                    f.from() == null ? Integer.MIN_VALUE : SearchFilters.lowerDay(f.from()),
                    f.to() == null ? Integer.MAX_VALUE : SearchFilters.upperDay(f.to())));
        }
        if (f.mentionFrom() != null || f.mentionTo() != null) {
            queries.add(IntPoint.newRangeQuery(IndexSchema.MENTION_DAY,
                    f.mentionFrom() == null ? Integer.MIN_VALUE : SearchFilters.lowerDay(f.mentionFrom()),
                    f.mentionTo() == null ? Integer.MAX_VALUE : SearchFilters.upperDay(f.mentionTo())));
        }
        return queries;
    }

    /** Page hits of one document, in the order they come: the first is its best. */
    private static final class Group {
        final float score;
        final List<Document> best = new ArrayList<>();
        final TreeSet<Integer> pages = new TreeSet<>();

        Group(float score) {
            this.score = score;
        }

        void add(Document page) {
            pages.add(page.getField(IndexSchema.PAGE).numericValue().intValue());
            if (best.size() < SNIPPETS_PER_HIT) {
                best.add(page);
            }
        }
    }
}
