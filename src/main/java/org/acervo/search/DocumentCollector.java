package org.acervo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.acervo.index.IndexSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Sees every matching page once, from doc values only: counts the distinct documents and their
 * facet values, and keeps the best {@code wanted} documents in the requested order.
 *
 * <p>A document's pages are one block (see {@link IndexSchema}), so they come one after another
 * within a segment: a run of pages with the same {@link IndexSchema#PAGE_OF} is one document, and
 * its rank is that of its best page, as if pages were sorted and then grouped by first appearance.
 * Counting does not rely on that: a bit per document in each segment says whether it was counted.
 */
final class DocumentCollector extends SimpleCollector {

    /**
     * A document among the best: the rank of its best page.
     *
     * @param sha256 the document
     * @param day    its date as {@code yyyymmdd}, or the value that sorts undated documents last
     * @param score  its best page's score
     */
    record Ranked(String sha256, int day, float score) {}

    private final SearchOrder order;
    private final int wanted;
    /** The order asked, without the last tie-break (the content's hash), which costs a doc values lookup. */
    private final Comparator<Ranked> ranked;

    private final Comparator<Ranked> better;
    /** The best documents so far, worst first so it is the one to drop. */
    private final PriorityQueue<Ranked> best;

    private final FacetCounter facets = new FacetCounter();
    private int total;

    private Scorable scorer;
    private LeafReaderContext leaf;
    private SortedDocValues shas;
    private SortedSetDocValues types;
    private SortedSetDocValues bodies;
    private NumericDocValues days;
    private FixedBitSet counted;
    private long[] typeCounts;
    private long[] bodyCounts;

    // The run of pages being read: one document.
    private int runOrd = -1;
    private int runDay;
    private float runScore;

    DocumentCollector(SearchOrder order, int wanted) {
        this.order = order;
        this.wanted = wanted;
        Comparator<Ranked> byScore =
                Comparator.comparingDouble((Ranked r) -> r.score()).reversed();
        this.ranked = switch (order) {
            case RELEVANCE -> byScore;
            case DATE -> Comparator.comparingInt(Ranked::day).thenComparing(byScore);
            case NEWEST -> Comparator.comparingInt(Ranked::day).reversed().thenComparing(byScore);
        };
        // Ties go by content hash, as a Solr collection orders them too: the same order on either index.
        this.better = ranked.thenComparing(Ranked::sha256);
        this.best = new PriorityQueue<>(better.reversed());
    }

    @Override
    public ScoreMode scoreMode() {
        // Every match is counted anyway, and scores order hits in every order (second after the date).
        return ScoreMode.COMPLETE;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishLeaf();
        leaf = context;
        shas = DocValues.getSorted(context.reader(), IndexSchema.PAGE_OF);
        types = DocValues.getSortedSet(context.reader(), IndexSchema.MENTION_TYPE);
        bodies = DocValues.getSortedSet(context.reader(), IndexSchema.BODY);
        days = DocValues.getNumeric(context.reader(), IndexSchema.DOCUMENT_DAY);
        counted = new FixedBitSet(Math.max(1, shas.getValueCount()));
        typeCounts = new long[(int) types.getValueCount()];
        bodyCounts = new long[(int) bodies.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!shas.advanceExact(doc)) {
            // Every page record of this schema has it: the snapshot's searcher checked the version.
            throw new IllegalStateException("a page record without its document");
        }
        int ord = shas.ordValue();
        if (ord != runOrd) {
            endRun();
            runOrd = ord;
            runDay = day(doc);
            runScore = scorer.score();
            if (!counted.getAndSet(ord)) {
                count(doc);
            }
        } else {
            float score = scorer.score();
            // Strictly better only: on a tie the earlier page stays best, as in Lucene's own order.
            if (score > runScore) {
                runScore = score;
            }
        }
    }

    @Override
    public void finish() throws IOException {
        finishLeaf();
    }

    /** How many documents match. */
    int total() throws IOException {
        finishLeaf();
        return total;
    }

    /** Documents per facet value, most first (see {@link FacetCounter#result()}). */
    Map<String, Map<String, Integer>> facets() throws IOException {
        finishLeaf();
        return facets.result();
    }

    /** The best documents, best first; at most {@code wanted}. */
    List<Ranked> best() throws IOException {
        finishLeaf();
        List<Ranked> sorted = new ArrayList<>(best);
        sorted.sort(better);
        return sorted;
    }

    private int day(int doc) throws IOException {
        if (days.advanceExact(doc)) {
            return (int) days.longValue();
        }
        // Undated documents go last either way.
        return order == SearchOrder.NEWEST ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    private void count(int doc) throws IOException {
        total++;
        if (types.advanceExact(doc)) {
            for (int i = 0; i < types.docValueCount(); i++) {
                typeCounts[(int) types.nextOrd()]++;
            }
        }
        if (bodies.advanceExact(doc)) {
            for (int i = 0; i < bodies.docValueCount(); i++) {
                bodyCounts[(int) bodies.nextOrd()]++;
            }
        }
        if (days.advanceExact(doc)) {
            facets.add("year", String.valueOf(days.longValue() / 10_000), 1);
        }
    }

    private void endRun() throws IOException {
        if (runOrd < 0) {
            return;
        }
        Ranked worst = best.peek();
        int against = worst == null ? -1 : ranked.compare(new Ranked(null, runDay, runScore), worst);
        if (best.size() < wanted || against <= 0) {
            Ranked run = new Ranked(shas.lookupOrd(runOrd).utf8ToString(), runDay, runScore);
            if (best.size() < wanted || better.compare(run, worst) < 0) {
                best.add(run);
                if (best.size() > wanted) {
                    best.poll();
                }
            }
        }
        runOrd = -1;
    }

    /** Ends the last run and adds the segment's facet counts; once per segment, however often called. */
    private void finishLeaf() throws IOException {
        if (leaf == null) {
            return;
        }
        endRun();
        for (int ord = 0; ord < typeCounts.length; ord++) {
            if (typeCounts[ord] > 0) {
                facets.add("type", types.lookupOrd(ord).utf8ToString(), (int) typeCounts[ord]);
            }
        }
        for (int ord = 0; ord < bodyCounts.length; ord++) {
            if (bodyCounts[ord] > 0) {
                facets.add("body", bodies.lookupOrd(ord).utf8ToString(), (int) bodyCounts[ord]);
            }
        }
        leaf = null;
    }
}
