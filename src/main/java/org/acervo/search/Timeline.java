package org.acervo.search;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.MentionType;
import org.acervo.index.ArchiveIndex;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The archive over time, for the home page: per month, how many documents are dated in it and how
 * many documents mention a date in it.
 *
 * <p>Read from the index structures alone, never from stored text: document dates from the
 * {@link IndexSchema#DOCUMENT_DAY} doc values of page records, mentioned dates from the
 * {@link IndexSchema#MENTION_DAY} points, each page tied to its document by {@link IndexSchema#PAGE_OF}.
 * A document counts once per month however many of its pages fall in it, which is what the month's
 * link ({@code /?from=2021-10&to=2021-10}, {@code /?mentionFrom=…}) then lists.
 *
 * <p>The span is that of the documents' own dates: a law of 1917 quoted in an acuerdo of 2017 would
 * otherwise stretch the plot over a century of empty months. Documents mentioning dates outside it are
 * counted apart ({@link #mentionedBefore}, {@link #mentionedAfter}). An archive with no dated document
 * spans its mentioned dates.
 *
 * @param months          every month of the span, empty months included, oldest first
 * @param years           the years of the span, a document counted once per year (each year as its January)
 * @param mentionedBefore documents mentioning a date before the span
 * @param mentionedAfter  documents mentioning a date after the span
 */
public record Timeline(List<Month> months, List<Month> years, int mentionedBefore, int mentionedAfter) {

    /**
     * One month, or one year.
     *
     * @param month     the month (a year: its January)
     * @param documents documents whose own date falls in it
     * @param mentioned documents that mention a date in it (a day, or the month alone)
     */
    public record Month(YearMonth month, int documents, int mentioned) {}

    public Timeline {
        months = List.copyOf(months);
        years = List.copyOf(years);
    }

    /** Whether the archive has any dated document or mentioned date. */
    public boolean isEmpty() {
        return months.isEmpty();
    }

    /** The first month of the span. */
    public YearMonth first() {
        return months.get(0).month();
    }

    /** The last month of the span. */
    public YearMonth last() {
        return months.get(months.size() - 1).month();
    }

    /**
     * Counts the documents of an index by month and year: this machine's from its index structures, a
     * cluster's from its documents' dates and mentions (the same values, read from the doc records).
     */
    public static Timeline of(ArchiveIndex index) throws IOException {
        return index instanceof IndexSnapshot snapshot ? of(snapshot) : of(index.summaries());
    }

    /** Counts the snapshot's documents by month and year; two passes over doc values and points, no stored field. */
    private static Timeline of(IndexSnapshot snapshot) throws IOException {
        // A document's pages are one block in one segment, so documents are counted per segment by
        // their ordinal in PAGE_OF, and the segments' counts add up.
        Counts counts = new Counts();
        snapshot.searcher()
                .search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), new DatedPages(counts));
        TreeMap<YearMonth, int[]> dated = new TreeMap<>(counts.months);
        for (LeafReaderContext leaf : snapshot.searcher().getIndexReader().leaves()) {
            mentionedMonths(
                    leaf, counts, dated.isEmpty() ? null : dated.firstKey(), dated.isEmpty() ? null : dated.lastKey());
        }
        return of(counts, dated);
    }

    /**
     * Counts documents read without their text by month and year, as the index structures count them: a
     * document with pages by its own date, and by the dates its pages mention.
     */
    static Timeline of(List<ArchiveDocument> documents) {
        Counts counts = new Counts();
        List<ArchiveDocument> paged =
                documents.stream().filter(d -> d.pageCount() > 0).toList();
        for (ArchiveDocument d : paged) {
            YearMonth month = month(IndexSchema.day(d.documentDate()));
            if (month != null) {
                counts.add(month, 0);
                counts.addYear(month.getYear(), 0);
            }
        }
        TreeMap<YearMonth, int[]> dated = new TreeMap<>(counts.months);
        for (ArchiveDocument d : paged) {
            Set<Object> seen = new HashSet<>();
            d.mentions().stream()
                    .filter(m -> m.type() == MentionType.DATE && m.page() >= 1 && m.page() <= d.pageCount())
                    .map(m -> month(IndexSchema.day(m.value())))
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .forEach(m -> {
                        if (!dated.isEmpty() && m.isBefore(dated.firstKey())) {
                            counts.before += seen.add("before") ? 1 : 0;
                        } else if (!dated.isEmpty() && m.isAfter(dated.lastKey())) {
                            counts.after += seen.add("after") ? 1 : 0;
                        } else {
                            counts.add(m, 1);
                            if (seen.add(m.getYear())) {
                                counts.addYear(m.getYear(), 1);
                            }
                        }
                    });
        }
        return of(counts, dated);
    }

    /** The timeline of the counts, spanning the documents' own months ({@code dated}) or else the mentioned ones. */
    private static Timeline of(Counts counts, TreeMap<YearMonth, int[]> dated) {
        if (counts.months.isEmpty()) {
            return new Timeline(List.of(), List.of(), 0, 0);
        }
        YearMonth first = dated.isEmpty() ? counts.months.firstKey() : dated.firstKey();
        YearMonth last = dated.isEmpty() ? counts.months.lastKey() : dated.lastKey();
        List<Month> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int[] c = counts.months.getOrDefault(m, new int[2]);
            months.add(new Month(m, c[0], c[1]));
        }
        List<Month> years = new ArrayList<>();
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            int[] c = counts.years.getOrDefault(y, new int[2]);
            years.add(new Month(YearMonth.of(y, 1), c[0], c[1]));
        }
        return new Timeline(months, years, counts.before, counts.after);
    }

    /** Documents per month and per year, [dated, mentioning], and those mentioning dates outside the span. */
    private static final class Counts {
        final TreeMap<YearMonth, int[]> months = new TreeMap<>();
        final TreeMap<Integer, int[]> years = new TreeMap<>();
        int before;
        int after;

        void add(YearMonth month, int series) {
            months.computeIfAbsent(month, k -> new int[2])[series]++;
        }

        void addYear(int year, int series) {
            years.computeIfAbsent(year, k -> new int[2])[series]++;
        }
    }

    /** A {@code yyyymmdd} value (day 00 for a month alone) as its month; null when it is no real month. */
    static YearMonth month(long day) {
        int year = (int) (day / 10_000);
        int month = (int) (day / 100 % 100);
        return year < 1 || year > 9999 || month < 1 || month > 12 ? null : YearMonth.of(year, month);
    }

    /**
     * The documents of one segment mentioning each month. Points come in no document order, so the
     * pages are gathered first and tied to their documents in one forward pass over the doc values;
     * deleted pages (an older version of a re-read document) are skipped.
     */
    private static void mentionedMonths(LeafReaderContext leaf, Counts counts, YearMonth first, YearMonth last)
            throws IOException {
        PointValues points = leaf.reader().getPointValues(IndexSchema.MENTION_DAY);
        if (points == null) {
            return;
        }
        Bits live = leaf.reader().getLiveDocs();
        TreeMap<Integer, Set<YearMonth>> pages = new TreeMap<>();
        points.intersect(new PointValues.IntersectVisitor() {
            @Override
            public void visit(int doc) {
                throw new IllegalStateException("every point is compared, so none is visited without its value");
            }

            @Override
            public void visit(int doc, byte[] packed) {
                YearMonth month = month(IntPoint.decodeDimension(packed, 0));
                if (month != null && (live == null || live.get(doc))) {
                    pages.computeIfAbsent(doc, d -> new HashSet<>()).add(month);
                }
            }

            @Override
            public PointValues.Relation compare(byte[] min, byte[] max) {
                return PointValues.Relation.CELL_CROSSES_QUERY;
            }
        });
        SortedDocValues documents = DocValues.getSorted(leaf.reader(), IndexSchema.PAGE_OF);
        int size = Math.max(1, (int) documents.getValueCount());
        Map<Object, FixedBitSet> seen = new HashMap<>();
        for (Map.Entry<Integer, Set<YearMonth>> page : pages.entrySet()) {
            if (!documents.advanceExact(page.getKey())) {
                continue;
            }
            int ord = documents.ordValue();
            for (YearMonth m : page.getValue()) {
                if (first != null && m.isBefore(first)) {
                    if (!seen.computeIfAbsent("before", k -> new FixedBitSet(size))
                            .getAndSet(ord)) {
                        counts.before++;
                    }
                    continue;
                }
                if (last != null && m.isAfter(last)) {
                    if (!seen.computeIfAbsent("after", k -> new FixedBitSet(size))
                            .getAndSet(ord)) {
                        counts.after++;
                    }
                    continue;
                }
                if (!seen.computeIfAbsent(m, k -> new FixedBitSet(size)).getAndSet(ord)) {
                    counts.add(m, 1);
                }
                if (!seen.computeIfAbsent(m.getYear(), k -> new FixedBitSet(size))
                        .getAndSet(ord)) {
                    counts.addYear(m.getYear(), 1);
                }
            }
        }
    }

    /** The month of every dated document, from its pages' doc values. */
    private static final class DatedPages extends SimpleCollector {
        private final Counts counts;
        private SortedDocValues documents;
        private NumericDocValues days;
        private FixedBitSet counted;

        DatedPages(Counts counts) {
            this.counts = counts;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            documents = DocValues.getSorted(context.reader(), IndexSchema.PAGE_OF);
            days = DocValues.getNumeric(context.reader(), IndexSchema.DOCUMENT_DAY);
            counted = new FixedBitSet(Math.max(1, (int) documents.getValueCount()));
        }

        @Override
        public void collect(int doc) throws IOException {
            // Every page of a document carries its date: the first page seen counts it.
            if (documents.advanceExact(doc) && !counted.getAndSet(documents.ordValue()) && days.advanceExact(doc)) {
                YearMonth month = month(days.longValue());
                if (month != null) {
                    counts.add(month, 0);
                    counts.addYear(month.getYear(), 0);
                }
            }
        }
    }
}
