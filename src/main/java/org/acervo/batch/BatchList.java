package org.acervo.batch;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.acervo.language.Texts;
import org.acervo.recognition.identifier.Identifiers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The identifiers of a batch search, read from what an archivist pastes or uploads.
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>one identifier per line, in any spelling ({@code INE / UNICOM / 4547 / 2021},
 *       {@code lNE/UNlCOM/4O12/2O22}, {@code 4547/2021}); blank lines are skipped;</li>
 *   <li>a CSV (comma, semicolon or tab separated, as spreadsheets save it) whose column is chosen by
 *       its header or its number from 1, or else detected: the column most of whose cells look like
 *       numbers; a first row that does not is a header.</li>
 * </ul>
 * A single line of comma-separated numbers ({@code INE/CG48/2014, INE/CG177/2014}) is a list of them.
 * The same identifier written twice the same way is searched once. At most {@link #MAX_LINES}.
 *
 * @param identifiers what was asked for, as written, in order
 */
public record BatchList(List<String> identifiers) {

    /** A batch bigger than a year of an electoral body's oficios is a mistake, not a search. */
    public static final int MAX_LINES = 5000;

    private static final char[] DELIMITERS = {',', ';', '\t'};

    public BatchList {
        identifiers = List.copyOf(identifiers);
    }

    /**
     * Reads a pasted or uploaded list.
     *
     * @param text   the list or the CSV
     * @param column the CSV column, by header or number from 1; null or blank to detect it
     * @param texts  the language of the errors
     * @throws IllegalArgumentException past {@link #MAX_LINES} identifiers, or for a column the CSV does not have
     */
    public static BatchList read(String text, String column, Texts texts) {
        String body = text == null
                ? ""
                : text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        Character delimiter = delimiter(lines);
        return of(delimiter == null ? lines : column(body, delimiter, column, texts), texts);
    }

    /** One identifier per line, commas and all: the list as {@link #asText} wrote it. */
    public static BatchList lines(String text, Texts texts) {
        return of(
                text == null
                        ? List.of()
                        : text.replace("\r\n", "\n").replace('\r', '\n').lines().toList(),
                texts);
    }

    /** These identifiers, stripped, the blank ones left out, each written the same way once. */
    public static BatchList of(List<String> identifiers, Texts texts) {
        Set<String> unique = new LinkedHashSet<>();
        identifiers.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(unique::add);
        if (unique.size() > MAX_LINES) {
            throw new IllegalArgumentException(texts.get("lote.tooMany", unique.size(), MAX_LINES));
        }
        return new BatchList(new ArrayList<>(unique));
    }

    /**
     * The CSV delimiter when at least half the lines hold one, the most used; null for a plain list.
     * Numbers hold slashes, hyphens and spaces, never these.
     */
    private static Character delimiter(List<String> lines) {
        Character best = null;
        long most = 0;
        for (char d : DELIMITERS) {
            long holding = lines.stream().filter(l -> l.indexOf(d) >= 0).count();
            if (holding > most) {
                most = holding;
                best = d;
            }
        }
        return most > 0 && most * 2 >= lines.size() ? best : null;
    }

    private static List<String> column(String body, char delimiter, String column, Texts texts) {
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(body))) {
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(texts.get("lote.badCsv"));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> first = rows.get(0);
        if (rows.size() == 1 && (column == null || column.isBlank())) {
            // One line of numbers and commas, as a document lists them: "INE/CG48/2014, INE/CG177/2014".
            return first;
        }
        int index;
        boolean header;
        if (column != null && !column.isBlank()) {
            String wanted = column.strip();
            index = indexOf(first, wanted);
            header = index >= 0;
            if (index < 0 && wanted.matches("\\d{1,4}")) {
                index = Integer.parseInt(wanted) - 1;
                header = !looksLikeNumber(cell(first, index));
            }
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            if (index < 0 || index >= width) {
                throw new IllegalArgumentException(texts.get("lote.noColumn", wanted, String.join(", ", first)));
            }
        } else {
            index = detect(rows);
            header = !looksLikeNumber(cell(first, index));
        }
        List<String> cells = new ArrayList<>();
        for (int r = header ? 1 : 0; r < rows.size(); r++) {
            cells.add(cell(rows.get(r), index));
        }
        return cells;
    }

    /** The column most of whose cells look like numbers; the first on a tie. */
    private static int detect(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        int best = 0;
        long most = -1;
        for (int c = 0; c < width; c++) {
            int col = c;
            long numbers =
                    rows.stream().filter(r -> looksLikeNumber(cell(r, col))).count();
            if (numbers > most) {
                most = numbers;
                best = c;
            }
        }
        return best;
    }

    private static int indexOf(List<String> header, String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index) : "";
    }

    /** A number, or what may be one damaged or cut short: parts between slashes. */
    static boolean looksLikeNumber(String cell) {
        return Identifiers.canonical(cell).isPresent()
                || cell.matches("\\s*[\\p{L}\\p{N}|!-]{1,25}(\\s{0,3}/\\s{0,3}[\\p{L}\\p{N}|!-]{1,25}){1,9}\\s*");
    }

    /** The list as one identifier per line: what the page's export form carries. */
    public String asText() {
        return String.join("\n", identifiers);
    }

    public int size() {
        return identifiers.size();
    }
}
