package org.acervo.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.acervo.index.DocRecord;

/**
 * Where a search's pages are matched: the Lucene index of this machine ({@link LucenePageSearch}) or a
 * SolrCloud collection with the same schema ({@link SolrPageSearch}). Both read the same query syntax
 * ({@link QueryReader.Read#syntax()}) with the same analysis, rank a document by its best page and count
 * each matching document once in the totals and facets, so a search gives the same answer on either.
 */
interface PageSearch {

    /**
     * The documents whose pages match, the requested page of them in the requested order.
     *
     * @param snippetPages how many of each shown document's best pages to bring with their text
     */
    Found find(QueryReader.Read read, SearchRequest request, int snippetPages) throws IOException;

    /**
     * @param total  how many documents match
     * @param facets documents per value of each facet, most first ({@link FacetCounter#result()})
     * @param shown  the requested page of them, best first
     */
    record Found(int total, Map<String, Map<String, Integer>> facets, List<Shown> shown) {}

    /**
     * A document shown.
     *
     * @param record its doc record
     * @param score  its best page's score
     * @param pages  its matching pages, ascending
     * @param best   its best pages with their text, best first
     */
    record Shown(DocRecord record, float score, SortedSet<Integer> pages, List<PageText> best) {}

    /** A page's number and text. */
    record PageText(int page, String text) {}
}
