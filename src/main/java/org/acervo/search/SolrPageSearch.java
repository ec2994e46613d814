package org.acervo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.acervo.index.DocRecord;
import org.acervo.index.IndexSchema;
import org.acervo.index.SolrDocumentIndex;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Matches pages in a cluster's Solr collection, as {@link LucenePageSearch} does in one machine's index.
 *
 * <p>The query is {@link QueryReader.Read#syntax()} read by Solr's standard parser with the same defaults
 * (AND, the text field, split on spaces) and the schema's same analysis. Solr's collapsing filter keeps each
 * document's best page (a document's pages share a shard, so this holds across shards), so the hit count and
 * the field facets count documents, not pages; scores come from the collection's whole statistics (the
 * configset's exact stats cache).
 */
final class SolrPageSearch implements PageSearch {

    /** Matching pages read per request when listing the shown documents' pages. */
    private static final int ROWS = 1000;

    /** The facets a search shows, by the field each counts. */
    private static final Map<String, String> FACET_FIELDS = facetFields();

    private final SolrDocumentIndex index;

    SolrPageSearch(SolrDocumentIndex index) {
        this.index = index;
    }

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(IndexSchema.MENTION_TYPE, "type");
        fields.put(IndexSchema.BODY, "body");
        fields.put(IndexSchema.YEAR, "year");
        return fields;
    }

    @Override
    public Found find(QueryReader.Read read, SearchRequest request, int snippetPages) throws IOException {
        SolrQuery documents = pagesMatching(read, request.filters())
                .addFilterQuery("{!collapse field=" + IndexSchema.PAGE_OF + "}")
                .setFields(IndexSchema.SHA256, "score")
                .setStart((request.page() - 1) * request.pageSize())
                .setRows(request.pageSize())
                .setFacet(true)
                .setFacetLimit(-1)
                .setFacetMinCount(1);
        FACET_FIELDS.keySet().forEach(documents::addFacetField);
        switch (request.order()) {
            case RELEVANCE -> documents.addSort("score", SolrQuery.ORDER.desc);
            case DATE ->
                documents.addSort(IndexSchema.DOCUMENT_DAY, SolrQuery.ORDER.asc).addSort("score", SolrQuery.ORDER.desc);
            case NEWEST ->
                documents
                        .addSort(IndexSchema.DOCUMENT_DAY, SolrQuery.ORDER.desc)
                        .addSort("score", SolrQuery.ORDER.desc);
        }
        // ties by content hash, as LucenePageSearch breaks them
        documents.addSort(IndexSchema.SHA256, SolrQuery.ORDER.asc);
        QueryResponse response = index.query(documents);

        FacetCounter facets = new FacetCounter();
        for (FacetField field : response.getFacetFields()) {
            for (FacetField.Count count : field.getValues()) {
                facets.add(FACET_FIELDS.get(field.getName()), count.getName(), (int) count.getCount());
            }
        }
        Map<String, Float> ranked = new LinkedHashMap<>();
        for (SolrDocument page : response.getResults()) {
            ranked.put(
                    (String) page.getFieldValue(IndexSchema.SHA256),
                    ((Number) page.getFieldValue("score")).floatValue());
        }
        int total = Math.toIntExact(response.getResults().getNumFound());
        return new Found(total, facets.result(), shown(read, request.filters(), ranked, snippetPages));
    }

    /** The documents shown: each one's matching pages (every one, best first), its best pages' text. */
    private List<Shown> shown(QueryReader.Read read, SearchFilters filters, Map<String, Float> ranked, int snippetPages)
            throws IOException {
        if (ranked.isEmpty()) {
            return List.of();
        }
        SolrQuery theirPages = pagesMatching(read, filters)
                .addFilterQuery("{!terms f=" + IndexSchema.SHA256 + "}" + String.join(",", ranked.keySet()))
                .setFields(IndexSchema.SHA256, IndexSchema.PAGE)
                .addSort("score", SolrQuery.ORDER.desc)
                .addSort(IndexSchema.PAGE, SolrQuery.ORDER.asc)
                .addSort("id", SolrQuery.ORDER.asc)
                .setRows(ROWS);
        Map<String, List<Integer>> bestFirst = new HashMap<>();
        for (int start = 0; ; start += ROWS) {
            QueryResponse response = index.query(theirPages.setStart(start));
            for (SolrDocument page : response.getResults()) {
                bestFirst
                        .computeIfAbsent((String) page.getFieldValue(IndexSchema.SHA256), k -> new ArrayList<>())
                        .add(((Number) page.getFieldValue(IndexSchema.PAGE)).intValue());
            }
            if (start + ROWS >= response.getResults().getNumFound()) {
                break;
            }
        }
        Map<String, List<Integer>> best = new HashMap<>();
        bestFirst.forEach((sha256, pages) -> best.put(sha256, pages.subList(0, Math.min(snippetPages, pages.size()))));
        Map<String, Map<Integer, String>> texts = index.pages(best);
        Map<String, DocRecord> records = index.records(ranked.keySet());
        List<Shown> shown = new ArrayList<>();
        for (Map.Entry<String, Float> doc : ranked.entrySet()) {
            DocRecord record = records.get(doc.getKey());
            if (record == null) {
                throw new IOException("Solr: the doc record of " + doc.getKey() + " is missing beside its pages");
            }
            Map<Integer, String> theirs = texts.getOrDefault(doc.getKey(), Map.of());
            List<PageText> bestTexts = best.getOrDefault(doc.getKey(), List.of()).stream()
                    .filter(theirs::containsKey)
                    .map(p -> new PageText(p, theirs.get(p)))
                    .toList();
            shown.add(new Shown(
                    record, doc.getValue(), new TreeSet<>(bestFirst.getOrDefault(doc.getKey(), List.of())), bestTexts));
        }
        return shown;
    }

    /** The read query over page records, narrowed by the filters ({@link LucenePageSearch#filters}, in Solr's syntax). */
    private static SolrQuery pagesMatching(QueryReader.Read read, SearchFilters f) {
        SolrQuery query = new SolrQuery(read.syntax());
        query.set("defType", "lucene");
        query.set("q.op", "AND");
        query.set("df", IndexSchema.TEXT);
        query.set("sow", true);
        query.addFilterQuery(term(IndexSchema.KIND, IndexSchema.KIND_PAGE));
        if (f.type() != null) {
            query.addFilterQuery(term(IndexSchema.MENTION_TYPE, f.type()));
        }
        if (f.body() != null) {
            query.addFilterQuery(term(IndexSchema.BODY, f.body()));
        }
        if (f.unit() != null) {
            query.addFilterQuery(term(IndexSchema.UNIT, f.unit()));
        }
        if (f.year() != null) {
            query.addFilterQuery(IndexSchema.YEAR + ":" + f.year());
        }
        if (f.from() != null || f.to() != null) {
            query.addFilterQuery(range(
                    IndexSchema.DOCUMENT_DAY,
                    f.from() == null ? "*" : String.valueOf(SearchFilters.lowerDay(f.from())),
                    f.to() == null ? "*" : String.valueOf(SearchFilters.upperDay(f.to()))));
        }
        if (f.mentionFrom() != null || f.mentionTo() != null) {
            query.addFilterQuery(range(
                    IndexSchema.MENTION_DAY,
                    f.mentionFrom() == null ? "*" : String.valueOf(SearchFilters.lowerDay(f.mentionFrom())),
                    f.mentionTo() == null ? "*" : String.valueOf(SearchFilters.upperDay(f.mentionTo()))));
        }
        return query;
    }

    /** A filter on one exact value, given as it is (the filters have checked it: letters, digits, hyphens). */
    private static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }

    private static String range(String field, String from, String to) {
        return field + ":[" + from + " TO " + to + "]";
    }
}
