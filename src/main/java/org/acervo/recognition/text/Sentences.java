package org.acervo.recognition.text;

import java.util.Locale;
import java.util.Set;

/**
 * Where a sentence ends, as the recognizers read it: at a semicolon, a blank line, or a stop
 * followed by a capitalised word. A stop before a lower-case word or a number ({@code Oficio No.
 * INE/...}, {@code Dgo., a}) does not end one, nor one after an initial or a title ({@code la H. Sala},
 * {@code el Lic. Pérez}), nor a blank line inside a double-spaced paragraph.
 *
 * <p>Also the sentence around a mention as tables quote it ({@link #around}): a shorter rule, a
 * period before whitespace or a blank line, kept apart so that the quotes tables show stay as they are.
 */
public final class Sentences {

    private Sentences() {}

    /** Titles and abbreviations a stop follows inside a sentence ("la H. Sala Superior", "el Lic. Pérez"), folded. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "lic", "licda", "dr", "dra", "mtro", "mtra", "ing", "arq", "profr", "profra", "prof", "sr", "sra", "srita",
            "c", "cc", "no", "num", "art", "arts", "fracc", "dgo", "edo", "mex", "gral", "dir", "depto", "exp", "ref",
            "pag", "pags", "aprox", "av", "col");

    /**
     * Whether a blank line at {@code newline} only spaces a paragraph's lines apart, as PDFs typed
     * double-spaced do ("El seis de" blank line "marzo de dos mil diecisiete", "suscrito por el"
     * blank line "Actuario de la Sala"): the line before ends in a lower-case letter or a comma, as
     * no sentence does, and the line after starts with a letter.
     */
    private static boolean runsOn(String text, int newline, int blankEnd) {
        int before = newline;
        while (before > 0
                && (text.charAt(before - 1) == ' '
                        || text.charAt(before - 1) == '\t'
                        || text.charAt(before - 1) == '\r')) {
            before--;
        }
        int after = blankEnd;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (before == 0 || after >= text.length()) {
            return false;
        }
        char last = text.charAt(before - 1);
        return (Character.isLowerCase(last) || last == ',') && Character.isLetter(text.charAt(after));
    }

    /** Whether the stop at {@code stop} ends an initial or a known abbreviation rather than a sentence. */
    private static boolean isAbbreviation(String text, int stop) {
        int start = stop;
        while (start > 0 && stop - start < 8 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == stop || start > 0 && Character.isLetter(text.charAt(start - 1))) {
            return false;
        }
        String word = TextFolding.fold(text.substring(start, stop));
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    /** Where the sentence that starts at {@code start} ends: the offset of its end mark, or the text's length. */
    public static int end(String text, int start) {
        return end(text, start, text.length());
    }

    /** Like {@link #end(String, int)}, but looks no further than {@code limit}, returned if no end comes before it. */
    public static int end(String text, int start, int limit) {
        int n = text.length();
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i;
            }
            if (c == '\n') {
                int j = i + 1;
                while (j < n && j - i <= 40 && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n' && !runsOn(text, i, j)) {
                    return i;
                }
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && j - i <= 40 && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j > i + 1
                        && j + 1 < n
                        && Character.isUpperCase(text.charAt(j))
                        && Character.isLowerCase(text.charAt(j + 1))
                        && !(c == '.' && isAbbreviation(text, i))) {
                    return i;
                }
            }
        }
        return limit;
    }

    /** How long a quoted sentence may be, about half of it on each side of the mention. */
    private static final int QUOTE_MAX = 320;

    /** Abbreviations common in oficios whose period does not end a quoted sentence ("Oficio No. IEPC/..."). */
    private static final Set<String> QUOTE_ABBREVIATIONS = Set.of(
            "no", "núm", "num", "dgo", "lic", "mtro", "mtra", "dr", "dra", "sr", "sra", "ing", "art", "arts", "exp",
            "pág", "fracc", "tel", "prof", "profa", "c", "cc", "ccp", "atte", "mex");

    /** The sentence holding {@code [start, end)}, on one line, at most about 320 characters, for showing a mention in context. */
    public static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && !boundaryBefore(text, from) && start - from < QUOTE_MAX / 2) {
            from--;
        }
        boolean cutStart = from > 0 && !boundaryBefore(text, from);
        int to = end;
        while (to < text.length() && !boundaryAt(text, to) && to - end < QUOTE_MAX / 2) {
            to++;
        }
        boolean cutEnd = to < text.length() && !boundaryAt(text, to);
        if (to < text.length() && text.charAt(to) == '.') {
            to++;
        }
        String sentence = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (cutStart ? "…" : "") + sentence + (cutEnd ? "…" : "");
    }

    /** Whether the word ending just before the period at {@code dot} is an abbreviation a quote runs past. */
    private static boolean quoteAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return QUOTE_ABBREVIATIONS.contains(text.substring(from, dot).toLowerCase(Locale.ROOT));
    }

    /** A quoted sentence starts after ". " or a blank line. */
    private static boolean boundaryBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        if (prev == '\n' && i >= 2 && text.charAt(i - 2) == '\n') {
            return true;
        }
        return Character.isWhitespace(prev) && i >= 2 && text.charAt(i - 2) == '.' && !quoteAbbreviation(text, i - 2);
    }

    /** A quoted sentence ends at a period followed by whitespace or the end, or at a blank line. */
    private static boolean boundaryAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') {
            return (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !quoteAbbreviation(text, i);
        }
        return c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }
}
