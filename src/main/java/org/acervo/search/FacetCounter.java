package org.acervo.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.acervo.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * Counts matching documents per facet value from a page record's stored fields.
 *
 * <p>Simple counting rather than Lucene's facet module: hits are grouped into documents anyway,
 * and a document is counted once however many of its pages match, which page-level facet counts
 * would not give.
 */
final class FacetCounter {

    static final List<String> FACETS = List.of("type", "body", "year");
    private static final Map<String, String> FIELDS = Map.of(
            "type", IndexSchema.MENTION_TYPE, "body", IndexSchema.BODY, "year", IndexSchema.YEAR);

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /** Counts one document, given any of its page records. */
    void count(Document page) {
        for (String facet : FACETS) {
            for (IndexableField field : page.getFields(FIELDS.get(facet))) {
                String value = field.numericValue() != null ? field.numericValue().toString() : field.stringValue();
                if (value != null) {
                    counts.computeIfAbsent(facet, k -> new HashMap<>()).merge(value, 1, Integer::sum);
                }
            }
        }
    }

    /** Each facet's values, most documents first, then by value (years newest first). */
    Map<String, Map<String, Integer>> result() {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Map<String, Integer> values = counts.getOrDefault(facet, Map.of());
            Comparator<Map.Entry<String, Integer>> order = facet.equals("year")
                    ? Map.Entry.<String, Integer>comparingByKey().reversed()
                    : Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            Map<String, Integer> sorted = new LinkedHashMap<>();
            values.entrySet().stream().sorted(order).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            result.put(facet, sorted);
        }
        return result;
    }
}
