package org.acervo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
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
 * Matches pages in this machine's Lucene index. Every matching page is seen, through doc values only
 * ({@link DocumentCollector}), so totals and facet counts are exact however many documents match; stored
 * fields are read only for the hits on the requested page.
 */
final class LucenePageSearch implements PageSearch {

    private final IndexSnapshot snapshot;

    LucenePageSearch(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public Found find(QueryReader.Read read, SearchRequest request, int snippetPages) throws IOException {
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
        List<DocumentCollector.Ranked> ranked =
                documents.best().stream().skip(skip).toList();
        return new Found(documents.total(), documents.facets(), shown(searcher, query, ranked, snippetPages));
    }

    /** The documents shown: each one's matching pages and the stored text of its best pages. */
    private List<Shown> shown(
            IndexSearcher searcher, Query query, List<DocumentCollector.Ranked> ranked, int snippetPages)
            throws IOException {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Query theirPages = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(
                        new TermInSetQuery(
                                IndexSchema.SHA256,
                                ranked.stream()
                                        .map(r -> new BytesRef(r.sha256()))
                                        .toList()),
                        BooleanClause.Occur.FILTER)
                .build();
        PageCollector collector = new PageCollector();
        searcher.search(theirPages, collector);
        StoredFields stored = searcher.storedFields();
        List<Shown> shown = new ArrayList<>();
        for (DocumentCollector.Ranked doc : ranked) {
            List<PageMatch> matches = collector.matches.getOrDefault(doc.sha256(), List.of());
            TreeSet<Integer> numbers = new TreeSet<>();
            matches.forEach(m -> numbers.add(m.page()));
            // Best first, as the document's rank was taken: score, then index order.
            List<PageText> best = new ArrayList<>();
            for (PageMatch m : matches.stream()
                    .sorted(Comparator.comparingDouble((PageMatch p) -> p.score())
                            .reversed()
                            .thenComparingInt(PageMatch::doc))
                    .limit(snippetPages)
                    .toList()) {
                best.add(new PageText(m.page(), stored.document(m.doc()).get(IndexSchema.TEXT)));
            }
            shown.add(new Shown(snapshot.record(doc.sha256()).orElseThrow(), doc.score(), numbers, best));
        }
        return shown;
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
}
