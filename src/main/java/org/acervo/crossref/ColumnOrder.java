package org.acervo.crossref;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a column sorts, judged from its cells: numbers and lists of pages by their value ({@code 9}
 * before {@code 10}), ISO dates by date (as text, which is the same), everything else as Spanish
 * sorts words ({@code Álvaro} beside {@code Alvaro}, {@code ñ} after {@code n}). Empty cells say nothing
 * of a column's kind; where they go is the caller's choice.
 */
final class ColumnOrder {

    /** A whole or decimal number, or a list of pages ("1, 3"): sorted by the first number. */
    private static final Pattern NUMBERS = Pattern.compile("-?\\d{1,15}(\\.\\d+)?(, \\d{1,15})*");

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private ColumnOrder() {}

    /** The order for a column with these cells. */
    static Comparator<String> of(List<String> cells) {
        boolean numbers = cells.stream()
                .filter(c -> !c.isEmpty())
                .allMatch(c -> NUMBERS.matcher(c).matches());
        if (numbers) {
            return Comparator.comparingDouble(ColumnOrder::firstNumber);
        }
        // Dates are ISO (2021-10-27, 2021-10, 2021): as text they sort as dates, and so do the other cells' words.
        Collator spanish = Collator.getInstance(Locale.forLanguageTag("es"));
        spanish.setStrength(Collator.SECONDARY);
        return (a, b) -> {
            int byWords = spanish.compare(a, b);
            return byWords != 0 ? byWords : a.compareTo(b);
        };
    }

    private static double firstNumber(String cell) {
        int comma = cell.indexOf(',');
        return Double.parseDouble(comma < 0 ? cell : cell.substring(0, comma));
    }

    /** Text for a "contains" filter: lower case, accents off, so {@code resolucion} finds {@code Resolución}. */
    static String fold(String text) {
        return DIACRITICS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
