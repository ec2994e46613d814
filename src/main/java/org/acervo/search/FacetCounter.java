package org.acervo.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts matching documents per facet value ({@code type}, {@code body}, {@code year}).
 *
 * <p>Simple counting rather than Lucene's facet module: a document is counted once however many
 * of its pages match, which page-level facet counts would not give; {@link DocumentCollector}
 * decides what a document is and feeds the counts here.
 */
final class FacetCounter {

    static final List<String> FACETS = List.of("type", "body", "year");

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /** Adds {@code documents} to a value's count. */
    void add(String facet, String value, int documents) {
        counts.computeIfAbsent(facet, k -> new HashMap<>()).merge(value, documents, Integer::sum);
    }

    /** Each facet's values, most documents first, then by value (years newest first). */
    Map<String, Map<String, Integer>> result() {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Map<String, Integer> values = counts.getOrDefault(facet, Map.of());
            Comparator<Map.Entry<String, Integer>> order = facet.equals("year")
                    ? Map.Entry.<String, Integer>comparingByKey().reversed()
                    : Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey());
            Map<String, Integer> sorted = new LinkedHashMap<>();
            values.entrySet().stream().sorted(order).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            result.put(facet, sorted);
        }
        return result;
    }
}
