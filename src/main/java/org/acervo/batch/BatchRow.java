package org.acervo.batch;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

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
 *     <p>The API answers it as Jackson writes the record: its components, in order, pages a list of numbers.
 */
public record BatchRow(
        String identifier,
        String searchedAs,
        String document,
        String path,
        List<Integer> pages,
        String date,
        String firstMention) {

    /** The column keys of CSV and JSON, stable whatever the language: this record's components, in order. */
    public static final List<String> KEYS = Arrays.stream(BatchRow.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

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
}
