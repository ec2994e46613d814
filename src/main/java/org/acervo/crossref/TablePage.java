package org.acervo.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.acervo.document.MentionType;
import org.acervo.recognition.identifier.Identifiers;

/**
 * One page of a table as a page shows it: its rows, where they sit among the filtered rows ("filas
 * 51–100 de 367"), how many rows the table has unfiltered, and the values its filter lists offer.
 *
 * @param rows          the rows of this page, with their document ids
 * @param query         what was asked, the page number corrected to one that exists
 * @param total         rows after filtering: what an export carries
 * @param unfiltered    rows of the table before filtering
 * @param hiddenColumns matrix: identifier columns hidden by {@code min} or a filter
 * @param pages         how many pages the filtered rows fill (at least 1)
 * @param first         the number of this page's first row, from 1 (0 when there are none)
 * @param last          the number of this page's last row
 * @param filters       the filters this table offers ({@link TableQuery#filtersOf})
 * @param choices       for the filters chosen from a list (type, body, year), the values the table holds
 */
public record TablePage(
        Table rows,
        TableQuery query,
        int total,
        int unfiltered,
        int hiddenColumns,
        int pages,
        int first,
        int last,
        List<String> filters,
        Map<String, List<String>> choices) {

    /** The page {@code query} asks for of {@code table}, filtered and sorted. */
    public static TablePage of(Table table, TableQuery query) {
        Table whole = query.apply(table);
        int total = whole.rows().size();
        int pages = Math.max(1, (total + query.size() - 1) / query.size());
        TableQuery at = query.atPage(Math.min(query.page(), pages));
        int from = Math.min(total, (at.page() - 1) * at.size());
        int to = Math.min(total, from + at.size());
        Table slice = new Table(
                whole.name(),
                whole.title(),
                whole.header(),
                whole.rows().subList(from, to),
                whole.docIds().subList(from, to));
        return new TablePage(
                slice,
                at,
                total,
                table.rows().size(),
                query.hiddenColumns(table),
                pages,
                total == 0 ? 0 : from + 1,
                to,
                TableQuery.filtersOf(table),
                choices(table));
    }

    /** Whether there is more than one page. */
    public boolean paged() {
        return pages > 1;
    }

    /** The page numbers to link: the first, the last, and two either side of this one; 0 marks a gap. */
    public List<Integer> pageLinks() {
        List<Integer> links = new ArrayList<>();
        int previous = 0;
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - query.page()) <= 2) {
                if (p - previous > 1) {
                    links.add(0);
                }
                links.add(p);
                previous = p;
            }
        }
        return links;
    }

    private static Map<String, List<String>> choices(Table table) {
        List<String> header = table.header();
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> bodies = new TreeSet<>();
        TreeSet<String> years = new TreeSet<>();
        int type = header.indexOf("type");
        List<Integer> identifiers = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (TableQuery.IDENTIFIER_COLUMNS.contains(header.get(c))) {
                identifiers.add(c);
            } else if ("matrix".equals(table.name()) && c >= TableQuery.MATRIX_FIXED) {
                Identifiers.issuer(header.get(c)).ifPresent(bodies::add);
            }
        }
        int date = TableQuery.DATE_COLUMNS.stream()
                .filter(header::contains)
                .findFirst()
                .map(header::indexOf)
                .orElse(-1);
        for (List<String> row : table.rows()) {
            if (type >= 0 && !row.get(type).isEmpty()) {
                types.add(row.get(type));
            }
            for (int c : identifiers) {
                for (String id : row.get(c).split(", ")) {
                    if (!id.isEmpty()) {
                        Identifiers.issuer(id).ifPresent(bodies::add);
                    }
                }
            }
            if (date >= 0 && row.get(date).length() >= 4) {
                years.add(row.get(date).substring(0, 4));
            }
        }
        Map<String, List<String>> choices = new TreeMap<>();
        // The type is chosen before the table is built (index, matrix), so every type is offered, not only those left.
        for (MentionType t : MentionType.values()) {
            if (t.isIdentifier()) {
                types.add(t.label());
            }
        }
        choices.put("type", List.copyOf(types));
        choices.put("body", List.copyOf(bodies));
        choices.put("year", List.copyOf(years.descendingSet()));
        return choices;
    }
}
