package org.acervo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DisplayPath;
import org.acervo.index.DocRecord;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.OutdatedIndexException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Finds documents by words, phrases or identifiers in any spelling, narrowed by filters, and groups
 * page matches into one hit per document with its pages, snippets and facet counts.
 *
 * <p>Every matching page is seen, through doc values only, so totals and facet counts are exact
 * however many documents match; stored fields are read only for the hits on the requested page.
 */
public final class SearchService {

    /** Snippets per hit: its best pages. */
    private static final int SNIPPETS_PER_HIT = 3;

    private final IndexSnapshot snapshot;
    private final QueryReader reader;
    private final Snippets snippets = new Snippets();
    private final Highlights highlights = new Highlights();

    public SearchService(IndexSnapshot snapshot) throws IOException {
        this.snapshot = snapshot;
        this.reader = new QueryReader(new IdentifierResolver(snapshot.identifiers()));
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
        BooleanQuery.Builder pages = new BooleanQuery.Builder()
                .add(read.query(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), BooleanClause.Occur.FILTER);
        filters(request.filters()).forEach(f -> pages.add(f, BooleanClause.Occur.FILTER));
        Query query = pages.build();

        IndexSearcher searcher = snapshot.searcher();
        long skip = (long) (request.page() - 1) * request.pageSize();
        DocumentCollector documents =
                new DocumentCollector(request.order(), (int) Math.min(Integer.MAX_VALUE, skip + request.pageSize()));
        searcher.search(query, documents);
        List<DocumentCollector.Ranked> shown =
                documents.best().stream().skip(skip).toList();

        Map<String, Group> groups = groups(searcher, query, shown);
        List<SearchHit> hits = new ArrayList<>();
        for (DocumentCollector.Ranked doc : shown) {
            hits.add(hit(snapshot.record(doc.sha256()).orElseThrow(), groups.get(doc.sha256()), read));
        }
        return new SearchResult(request, documents.total(), hits, documents.facets(), read.identifiers());
    }

    /** The matching pages of the documents shown, with the stored text of each one's best pages. */
    private static Map<String, Group> groups(IndexSearcher searcher, Query query, List<DocumentCollector.Ranked> shown)
            throws IOException {
        if (shown.isEmpty()) {
            return Map.of();
        }
        Query theirPages = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(
                        new TermInSetQuery(
                                IndexSchema.SHA256,
                                shown.stream()
                                        .map(r -> new BytesRef(r.sha256()))
                                        .toList()),
                        BooleanClause.Occur.FILTER)
                .build();
        PageCollector collector = new PageCollector();
        searcher.search(theirPages, collector);
        StoredFields stored = searcher.storedFields();
        Map<String, Group> groups = new HashMap<>();
        for (DocumentCollector.Ranked doc : shown) {
            List<PageMatch> matches = collector.matches.getOrDefault(doc.sha256(), List.of());
            Group group = new Group(doc.score());
            matches.forEach(m -> group.pages.add(m.page()));
            // Best first, as the document's rank was taken: score, then index order.
            List<PageMatch> best = matches.stream()
                    .sorted(Comparator.comparingDouble((PageMatch m) -> m.score())
                            .reversed()
                            .thenComparingInt(PageMatch::doc))
                    .limit(SNIPPETS_PER_HIT)
                    .toList();
            for (PageMatch m : best) {
                group.best.add(stored.document(m.doc()));
            }
            groups.put(doc.sha256(), group);
        }
        return groups;
    }

    private SearchHit hit(DocRecord record, Group group, QueryReader.Read read) throws IOException {
        List<Snippet> found = new ArrayList<>();
        for (Document page : group.best) {
            found.add(snippets.of(read, page, record));
        }
        return new SearchHit(
                record.sha256(),
                DisplayPath.of(record.path()),
                record.paths().stream().map(DisplayPath::of).toList(),
                record.documentDate(),
                Float.isNaN(group.score) ? 0 : group.score,
                List.copyOf(group.pages),
                found);
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
            queries.add(IntPoint.newRangeQuery(
                    IndexSchema.DOCUMENT_DAY,
                    f.from() == null ? Integer.MIN_VALUE : SearchFilters.lowerDay(f.from()),
                    f.to() == null ? Integer.MAX_VALUE : SearchFilters.upperDay(f.to())));
        }
        if (f.mentionFrom() != null || f.mentionTo() != null) {
            queries.add(IntPoint.newRangeQuery(
                    IndexSchema.MENTION_DAY,
                    f.mentionFrom() == null ? Integer.MIN_VALUE : SearchFilters.lowerDay(f.mentionFrom()),
                    f.mentionTo() == null ? Integer.MAX_VALUE : SearchFilters.upperDay(f.mentionTo())));
        }
        return queries;
    }

    /** A matching page of a document shown. */
    private record PageMatch(int page, float score, int doc) {}

    /** Collects the matching pages of the few documents shown, by document, from doc values. */
    private static final class PageCollector extends SimpleCollector {
        final Map<String, List<PageMatch>> matches = new HashMap<>();
        private Scorable scorer;
        private int docBase;
        private SortedDocValues shas;
        private SortedNumericDocValues pageNumbers;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            shas = DocValues.getSorted(context.reader(), IndexSchema.PAGE_OF);
            pageNumbers = DocValues.getSortedNumeric(context.reader(), IndexSchema.PAGE);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!shas.advanceExact(doc) || !pageNumbers.advanceExact(doc)) {
                // Every page record of this schema has both: the snapshot's searcher checked the version.
                throw new IllegalStateException("a page record without its document or number");
            }
            matches.computeIfAbsent(shas.lookupOrd(shas.ordValue()).utf8ToString(), k -> new ArrayList<>())
                    .add(new PageMatch((int) pageNumbers.nextValue(), scorer.score(), docBase + doc));
        }
    }

    /** The matching pages of one document and its best pages' records, best first. */
    private static final class Group {
        final float score;
        final List<Document> best = new ArrayList<>();
        final TreeSet<Integer> pages = new TreeSet<>();

        Group(float score) {
            this.score = score;
        }
    }
}
