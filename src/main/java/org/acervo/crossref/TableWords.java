package org.acervo.crossref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.acervo.document.Relation;
import org.acervo.language.Texts;

/**
 * A {@link Table} in the words of the interface's language, for people: its title, its headers and
 * the cells that hold words of Acervo's own (a document's status, the problems of the quality table).
 *
 * <p>Tables are built with stable column keys ({@code identifier}, {@code first mention}, …): CSV and
 * the JSON API keep them, so scripts reading them do not depend on the language. The web pages, the
 * Markdown, XLSX and HTML exports and the console show these words instead. A column named by an
 * identifier (the matrix) keeps its name.
 */
public final class TableWords {

    private TableWords() {}

    /** The column's header in this language, or the key itself when it is not one of Acervo's (an identifier). */
    public static String header(String key, Texts texts) {
        return texts.find("column." + key).orElse(key);
    }

    /** The table's title in this language ({@code table.index}, …). */
    public static String title(Table table, Texts texts) {
        return texts.find("table." + table.name()).orElse(table.title());
    }

    /** Title and cells in this language, the column keys kept: what the web pages show. */
    public static Table cells(Table table, Texts texts) {
        int status = table.header().indexOf("status");
        int problems = table.header().indexOf("problems");
        int chain = table.header().indexOf("chain");
        if (status < 0 && problems < 0 && chain < 0) {
            return new Table(table.name(), title(table, texts), table.header(), table.rows(), table.docIds());
        }
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(row);
            if (status >= 0) {
                cells.set(status, texts.find("status." + row.get(status)).orElse(row.get(status)));
            }
            if (problems >= 0) {
                cells.set(problems, problems(row.get(problems), texts));
            }
            if (chain >= 0) {
                cells.set(chain, chain(row.get(chain), texts));
            }
            rows.add(cells);
        }
        return new Table(table.name(), title(table, texts), table.header(), rows, table.docIds());
    }

    /** Title, headers and cells in this language: what an export for people shows (not CSV). */
    public static Table forPeople(Table table, Texts texts) {
        Table translated = cells(table, texts);
        List<String> header = table.header().stream().map(h -> header(h, texts)).toList();
        return new Table(table.name(), translated.title(), header, translated.rows(), table.docIds());
    }

    /** "A answers B cites C": the relation words between the identifiers in this language ("A responde a B"). */
    private static String chain(String cell, Texts texts) {
        return String.join(
                " ",
                Arrays.stream(cell.split(" "))
                        .map(word -> word.equals(Relation.ANSWERS.key()) || word.equals(Relation.CITES.key())
                                ? texts.get("relation." + word)
                                : word)
                        .toList());
    }

    private static String problems(String cell, Texts texts) {
        if (cell.isEmpty() || cell.startsWith(QualityList.FAILED)) {
            // A failed document has that one problem, and its reason may hold any text.
            return cell.isEmpty() ? cell : problem(cell, texts);
        }
        return String.join(
                QualityList.JOIN,
                Arrays.stream(cell.split(QualityList.JOIN))
                        .map(p -> problem(p, texts))
                        .toList());
    }

    private static String problem(String problem, Texts texts) {
        if (problem.startsWith(QualityList.FAILED)) {
            return texts.get("problem.failed", texts.reason(problem.substring(QualityList.FAILED.length())));
        }
        return switch (problem) {
            case QualityList.UNDATED -> texts.get("problem.undated");
            case QualityList.NO_IDENTIFIERS -> texts.get("problem.noIdentifiers");
            case QualityList.POOR_OCR -> texts.get("problem.poorOcr");
            default -> problem;
        };
    }
}
