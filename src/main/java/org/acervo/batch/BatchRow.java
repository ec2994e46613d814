package org.acervo.batch;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a batch search: an identifier asked for, a document that mentions it, where and how.
 *
 * @param identifier   the identifier as the list wrote it
 * @param searchedAs   the canonical identifier found for it ({@code INE/UNICOM/4547/2021})
 * @param document     the document's id (its SHA-256, as {@code /doc/{id}} takes it)
 * @param path         the document's path as shown
 * @param pages        the pages that mention it, ascending
 * @param date         the document's own date ({@code YYYY-MM-DD}), or null
 * @param firstMention the sentence of its first mention
 */
public record BatchRow(
        String identifier,
        String searchedAs,
        String document,
        String path,
        List<Integer> pages,
        String date,
        String firstMention) {

    /** The column keys of CSV and JSON, stable whatever the language: this record's components. */
    public static final List<String> KEYS =
            List.of("identifier", "searchedAs", "document", "path", "pages", "date", "firstMention");

    public BatchRow {
        pages = List.copyOf(pages);
    }

    /** The cells under {@link #KEYS}: pages as people write them ("1, 3"), no date an empty cell. */
    List<String> cells() {
        return Arrays.asList(
                identifier, searchedAs, document, path, pageList(), date == null ? "" : date, firstMention);
    }

    /** Pages as people write them: "1, 3". */
    public String pageList() {
        return String.join(", ", pages.stream().map(String::valueOf).toList());
    }

    /** The row as the API answers it, keys in {@link #KEYS} order, pages a list of numbers. */
    Map<String, Object> json() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("identifier", identifier);
        row.put("searchedAs", searchedAs);
        row.put("document", document);
        row.put("path", path);
        row.put("pages", pages);
        row.put("date", date);
        row.put("firstMention", firstMention);
        return row;
    }
}
