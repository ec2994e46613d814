package org.acervo.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acervo.recognition.identifier.Identifiers;

/**
 * What a person asked of a table: its filters, its order, which page and how long, and for the matrix
 * the fewest documents an identifier must be cited by to get a column. Read from request parameters
 * ({@link #from}), it gives the whole table filtered and sorted ({@link #apply}: what exports carry) and
 * one page of it ({@link TablePage}).
 *
 * <p>Parameters (each may carry a prefix, so that one page can hold several tables):
 * <ul>
 *   <li>{@code identifier}: identifiers containing this text, spaces and case ignored;</li>
 *   <li>{@code type}: identifiers of this type; {@code body}: issued by this body ({@code INE});</li>
 *   <li>{@code year}: rows dated in this year; {@code document}: document paths containing this text;</li>
 *   <li>{@code sort}: a column key, {@code dir}: {@code asc} or {@code desc};</li>
 *   <li>{@code page} from 1, {@code size} 50, 100 or 500; {@code min} (matrix) from 1.</li>
 * </ul>
 * Filters that name no column of a table leave it whole; numbers that cannot be read take their default.
 *
 * @param filters    filter key to the value asked for, only the non-blank ones
 * @param sort       the column key to sort by, or null for the table's own order
 * @param descending whether the order is descending
 * @param page       the page asked for, from 1 (a page past the end shows the last)
 * @param size       rows per page, one of {@link #SIZES}
 * @param min        matrix: hide identifiers cited by fewer documents than this
 */
public record TableQuery(Map<String, String> filters, String sort, boolean descending, int page, int size, int min) {

    /** The page lengths offered. */
    public static final List<Integer> SIZES = List.of(50, 100, 500);
    /** The filters, in the order the form shows them. */
    public static final List<String> FILTERS = List.of("identifier", "type", "body", "year", "document");
    /** The matrix hides identifiers cited by a single document unless asked: 161 columns do not read. */
    public static final int MATRIX_MIN = 2;

    /** Columns holding identifiers, one or several (comma-separated). */
    static final List<String> IDENTIFIER_COLUMNS = List.of("identifier", "reaches", "identifiers");
    /** Columns holding document paths. */
    static final List<String> DOCUMENT_COLUMNS = List.of("document", "held in", "reached held in", "stated in");
    /** Columns holding a row's date, the first present wins. */
    static final List<String> DATE_COLUMNS = List.of("date", "first seen");
    /** The columns of the matrix before its identifiers. */
    static final int MATRIX_FIXED = 2;

    public TableQuery {
        filters = Map.copyOf(filters);
        page = Math.max(1, page);
        size = fitSize(size);
        min = Math.max(1, min);
    }

    /** A page length offered: the one asked for, else the next longer, at most the longest. */
    private static int fitSize(int asked) {
        return SIZES.stream().filter(s -> s >= asked).findFirst().orElse(SIZES.get(SIZES.size() - 1));
    }

    /** No filter, the table's own order, the first page, every matrix column. */
    public static TableQuery none() {
        return new TableQuery(Map.of(), null, false, 1, SIZES.get(0), 1);
    }

    /**
     * Reads a query from request parameters whose names start with {@code prefix}.
     *
     * @param defaultMin the matrix's {@code min} when not given: {@link #MATRIX_MIN} on the page, 1 for the API
     */
    public static TableQuery from(Map<String, String> params, String prefix, int defaultMin) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String key : FILTERS) {
            String value = params.get(prefix + key);
            if (value != null && !value.isBlank()) {
                filters.put(key, value.strip());
            }
        }
        String sort = Optional.ofNullable(params.get(prefix + "sort"))
                .filter(s -> !s.isBlank())
                .orElse(null);
        boolean descending = "desc".equalsIgnoreCase(params.get(prefix + "dir"));
        return new TableQuery(
                filters,
                sort,
                descending,
                number(params.get(prefix + "page"), 1),
                number(params.get(prefix + "size"), SIZES.get(0)),
                number(params.get(prefix + "min"), defaultMin));
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The value of a filter, or empty. */
    public String filter(String key) {
        return filters.getOrDefault(key, "");
    }

    /** The same query at another page. */
    public TableQuery atPage(int other) {
        return new TableQuery(filters, sort, descending, other, size, min);
    }

    /** The filters that name a column of this table: the ones its form offers. */
    public static List<String> filtersOf(Table table) {
        List<String> header = table.header();
        boolean matrix = isMatrix(table);
        List<String> offered = new ArrayList<>();
        if (matrix || header.stream().anyMatch(IDENTIFIER_COLUMNS::contains)) {
            offered.add("identifier");
        }
        if (matrix || header.contains("type")) {
            offered.add("type");
        }
        if (matrix || header.stream().anyMatch(IDENTIFIER_COLUMNS::contains)) {
            offered.add("body");
        }
        if (header.stream().anyMatch(DATE_COLUMNS::contains)) {
            offered.add("year");
        }
        if (header.stream().anyMatch(DOCUMENT_COLUMNS::contains)) {
            offered.add("document");
        }
        return offered;
    }

    /** The whole table with this query's filters and order, and (matrix) without its hidden columns. */
    public Table apply(Table table) {
        Table shown = isMatrix(table) ? matrixColumns(table) : table;
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < shown.rows().size(); r++) {
            if (keeps(shown, shown.rows().get(r))) {
                kept.add(r);
            }
        }
        int column = sort == null ? -1 : shown.header().indexOf(sort);
        if (column >= 0) {
            Comparator<String> order = ColumnOrder.of(
                    shown.rows().stream().map(row -> row.get(column)).toList());
            Comparator<String> directed = descending ? order.reversed() : order;
            // Empty cells last whichever the direction: a missing date is not the earliest one.
            kept.sort(Comparator.comparing(
                            (Integer r) -> shown.rows().get(r).get(column).isEmpty())
                    .thenComparing(r -> shown.rows().get(r).get(column), directed));
        }
        List<List<String>> rows = new ArrayList<>(kept.size());
        List<String> ids = new ArrayList<>(kept.size());
        for (int r : kept) {
            rows.add(shown.rows().get(r));
            ids.add(shown.docIds().get(r));
        }
        return new Table(shown.name(), shown.title(), shown.header(), rows, ids);
    }

    /** How many identifier columns of a matrix this query hides (under {@code min}, or not matching a filter). */
    public int hiddenColumns(Table table) {
        return isMatrix(table)
                ? table.header().size() - matrixColumns(table).header().size()
                : 0;
    }

    private static boolean isMatrix(Table table) {
        return "matrix".equals(table.name());
    }

    /** The matrix with only the identifiers cited by {@code min} documents and matching the filters. */
    private Table matrixColumns(Table table) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            if (c < MATRIX_FIXED || keepsIdentifierColumn(table, c)) {
                columns.add(c);
            }
        }
        if (columns.size() == table.header().size()) {
            return table;
        }
        List<String> header = columns.stream().map(table.header()::get).toList();
        List<List<String>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            List<String> cells = columns.stream().map(row::get).toList();
            // A document none of whose identifiers is left has nothing to show.
            if (cells.subList(MATRIX_FIXED, cells.size()).stream().anyMatch(s -> !s.isEmpty())) {
                rows.add(cells);
                ids.add(table.docIds().get(r));
            }
        }
        return new Table(table.name(), table.title(), header, rows, ids);
    }

    private boolean keepsIdentifierColumn(Table table, int column) {
        String identifier = table.header().get(column);
        if (!matchesIdentifier(identifier) || !matchesBody(identifier)) {
            return false;
        }
        int citing = 0;
        for (List<String> row : table.rows()) {
            if (!row.get(column).isEmpty() && ++citing >= min) {
                return true;
            }
        }
        return false;
    }

    private boolean keeps(Table table, List<String> row) {
        List<String> header = table.header();
        boolean matrix = isMatrix(table);
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String value = filter.getValue();
            boolean ok = switch (filter.getKey()) {
                case "identifier" -> matrix || anyIdentifier(header, row, this::matchesIdentifier);
                case "body" -> matrix || anyIdentifier(header, row, this::matchesBody);
                case "type" ->
                    !header.contains("type") || row.get(header.indexOf("type")).equalsIgnoreCase(value);
                case "year" ->
                    DATE_COLUMNS.stream()
                            .filter(header::contains)
                            .findFirst()
                            .map(c -> row.get(header.indexOf(c)).startsWith(value))
                            .orElse(true);
                case "document" ->
                    header.stream().noneMatch(DOCUMENT_COLUMNS::contains)
                            || DOCUMENT_COLUMNS.stream()
                                    .filter(header::contains)
                                    .anyMatch(c -> ColumnOrder.fold(row.get(header.indexOf(c)))
                                            .contains(ColumnOrder.fold(value)));
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the row's identifier cells holds an identifier passing the test; true when it has none of those columns. */
    private static boolean anyIdentifier(
            List<String> header, List<String> row, java.util.function.Predicate<String> test) {
        boolean any = false;
        for (String column : IDENTIFIER_COLUMNS) {
            int c = header.indexOf(column);
            if (c >= 0) {
                any = true;
                for (String id : row.get(c).split(", ")) {
                    if (!id.isEmpty() && test.test(id)) {
                        return true;
                    }
                }
            }
        }
        return !any;
    }

    private boolean matchesIdentifier(String identifier) {
        String wanted = filter("identifier");
        return wanted.isEmpty() || squeeze(identifier).contains(squeeze(wanted));
    }

    private boolean matchesBody(String identifier) {
        String wanted = filter("body");
        return wanted.isEmpty()
                || Identifiers.issuer(identifier)
                        .map(b -> b.equalsIgnoreCase(wanted))
                        .orElse(false);
    }

    /** An identifier as typed in any spacing and case: {@code ine / unicom} and {@code INE/UNICOM} are one. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
