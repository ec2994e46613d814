package org.acervo.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.acervo.search.SearchFilters;
import org.acervo.search.SearchOrder;
import org.acervo.search.SearchRequest;
import org.acervo.search.SearchService;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;

/**
 * What fuzzy search costs now that the first letter may change too: Lucene's {@link FuzzyQuery} over the page
 * text of an index with prefix 0 (what {@code --fuzzy} asks since search reads one query syntax on Lucene and
 * Solr) and prefix 1 (what it asked before), the same OCR-damaged words, pair by pair; then the whole search
 * ({@code SearchService}, first page of 10 with snippets and facets) with {@code --fuzzy}. Not a test: run by
 * {@code bench/fuzzy-bench.sh} on the index {@code bench/search-bench.sh} leaves with {@code KEEP=1}.
 *
 * <p>Usage: {@code FuzzyBench DATA ROUNDS}
 */
public final class FuzzyBench {

    /** Words as OCR damages them: a letter changed, doubled, or read as two (m as rn), the first one too. */
    private static final List<String> WORDS = List.of(
            "comisiom",
            "temporai",
            "acopjo",
            "lnstituto",
            "Durangp",
            "elecclones",
            "consejeroz",
            "rnunicipio",
            "lnforme",
            "Prcsidenta",
            "distrltos",
            "oflcio",
            "electoraI",
            "cómputo",
            "sesiom",
            "Secretarla");

    private FuzzyBench() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        try (IndexSnapshot snapshot = IndexSnapshot.open(data);
                Analyzer analyzer = IndexSchema.analyzer()) {
            IndexSearcher searcher = snapshot.searcher();
            List<Term> terms = new ArrayList<>();
            for (String word : WORDS) {
                terms.add(new Term(IndexSchema.TEXT, analyzed(analyzer, word)));
            }
            List<Long> zero = new ArrayList<>();
            List<Long> one = new ArrayList<>();
            long hitsZero = 0;
            long hitsOne = 0;
            for (int round = -3; round < rounds; round++) {
                for (Term term : terms) {
                    int edits = term.text().length() < 7 ? 1 : 2;
                    boolean counted = round >= 0;
                    // alternate which goes first, so neither always finds the other's pages cached
                    for (int prefix : round % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                        long start = System.nanoTime();
                        int hits = searcher.count(new FuzzyQuery(term, edits, prefix));
                        long took = System.nanoTime() - start;
                        if (counted) {
                            (prefix == 0 ? zero : one).add(took);
                            if (prefix == 0) {
                                hitsZero += hits;
                            } else {
                                hitsOne += hits;
                            }
                        }
                    }
                }
            }
            System.out.printf(
                    "FuzzyQuery over page text, %d words × %d rounds: prefix 0 median %.2f ms, p99 %.2f ms, %d pages"
                            + " found; prefix 1 median %.2f ms, p99 %.2f ms, %d pages found%n",
                    WORDS.size(),
                    rounds,
                    millis(zero, 0.5),
                    millis(zero, 0.99),
                    hitsZero / rounds,
                    millis(one, 0.5),
                    millis(one, 0.99),
                    hitsOne / rounds);
            SearchService search = new SearchService(snapshot);
            List<Long> whole = new ArrayList<>();
            for (int round = -3; round < rounds; round++) {
                for (String word : WORDS) {
                    long start = System.nanoTime();
                    search.search(new SearchRequest(word, SearchFilters.NONE, SearchOrder.RELEVANCE, 1, 10, true));
                    if (round >= 0) {
                        whole.add(System.nanoTime() - start);
                    }
                }
            }
            System.out.printf(
                    "search --fuzzy (first page of 10, snippets, facets): median %.2f ms, p99 %.2f ms%n",
                    millis(whole, 0.5), millis(whole, 0.99));
        }
    }

    private static String analyzed(Analyzer analyzer, String word) throws IOException {
        try (TokenStream tokens = analyzer.tokenStream(IndexSchema.TEXT, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            tokens.incrementToken();
            String text = term.toString();
            tokens.end();
            return text;
        }
    }

    private static double millis(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) (quantile * sorted.size()))) / 1e6;
    }
}
