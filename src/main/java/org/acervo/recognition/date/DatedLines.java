package org.acervo.recognition.date;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.acervo.recognition.text.RecognitionData;
import org.acervo.recognition.text.TextScan;

/**
 * Finds the date of a dated place line, the second rule of {@link DocumentDates}: "Victoria de
 * Durango, Dgo., a 04 de marzo de 2025", "Ciudad de México, a cinco de abril de dos mil
 * diecisiete", or of a label naming the document's own date, "Última fecha de actualización: 15 de
 * julio de 2024". Oficios open with one; some documents close with one.
 *
 * <p>Only the full dates already found on the first and last pages are looked at, each by reading
 * back to its line's start: a place is capitalised words, abbreviations ({@code Dgo.}) and a few
 * lower-case connectors (data, in {@code document-date.properties}), on a line of its own.
 */
final class DatedLines {

    /** How long a place line may be before its date: "Tlalnepantla de Baz, Estado de México, a ". */
    private static final int PLACE_REACH = 80;

    private static final Properties DATA = RecognitionData.load(DatedLines.class, DocumentDates.RESOURCE);
    private static final Set<String> CONNECTORS = Set.copyOf(RecognitionData.list(DATA, "dateline.connectors"));
    private static final List<String> LABELS = RecognitionData.list(DATA, "dateline.labels");
    private static final String LABEL_ENDS =
            LABELS.stream().map(l -> l.substring(l.length() - 1)).distinct().reduce("", String::concat);

    private DatedLines() {}

    /** The first dated place line on page 1, else the last on the last page, if any. */
    static Optional<FoundDate> date(List<String> pages, List<String> folded, List<List<FoundDate>> dates) {
        for (FoundDate date : dates.get(0)) {
            if (date.isFull() && isDatedLine(pages.get(0), folded.get(0), date.start())) {
                return Optional.of(date);
            }
        }
        int last = pages.size() - 1;
        List<FoundDate> closing = dates.get(last);
        for (int i = closing.size() - 1; last > 0 && i >= 0; i--) {
            FoundDate date = closing.get(i);
            if (date.isFull() && isDatedLine(pages.get(last), folded.get(last), date.start())) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the date at {@code start} follows a place and a comma, a semicolon or "a" ("Durango,
     * Dgo., a ", "Tlalnepantla de Baz, México; a "), or a label ("Fecha de elaboración: ").
     */
    private static boolean isDatedLine(String page, String folded, int start) {
        int i = TextScan.skipSpacesBack(page, start, 3);
        int weekday = Weekdays.startEndingAt(folded, i);
        if (weekday >= 0) {
            i = TextScan.skipSpacesBack(page, weekday, 3); // "Durango, Dgo., viernes 28 de enero de 2022"
        }
        if (i == 0 || !mayEndDateline(folded.charAt(i - 1))) {
            return false; // most dates follow a word like "el" or "del", ruled out here at once
        }
        if (isLabelled(folded, i)) {
            return true;
        }
        boolean joined = false;
        if (TextScan.wordEndsAt(folded, i, "los")
                && TextScan.wordEndsAt(folded, TextScan.skipSpacesBack(page, i - 3, 3), "a")) {
            i = TextScan.skipSpacesBack(page, i - 3, 3) - 1; // "a los dieciséis días del mes de ..."
            joined = true;
        } else if (TextScan.wordEndsAt(folded, i, "a")) {
            i--;
            joined = true;
        }
        i = TextScan.skipSpacesBack(page, i, 3);
        if (i > 0 && (page.charAt(i - 1) == ',' || page.charAt(i - 1) == ';')) {
            i--;
            joined = true;
        }
        return joined && isPlace(page, folded, i);
    }

    /** Whether a dated line's place or label can end with {@code c}: a comma or semicolon, "a", "los", a colon, a label's last letter. */
    private static boolean mayEndDateline(char c) {
        return c == ',' || c == ';' || c == 'a' || c == 's' || c == ':' || LABEL_ENDS.indexOf(c) >= 0;
    }

    /** Whether a label such as "fecha de elaboración:" ends at {@code at}. */
    private static boolean isLabelled(String folded, int at) {
        int end = at > 0 && folded.charAt(at - 1) == ':' ? TextScan.skipSpacesBack(folded, at - 1, 3) : at;
        for (String label : LABELS) {
            int start = end - label.length();
            if (start >= 0
                    && folded.startsWith(label, start)
                    && (start == 0 || !Character.isLetter(folded.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text from its line start to {@code end} is a place: capitalised words, connectors
     * and abbreviations, on a line of its own (after a blank line, a column gap, or a line that
     * does not run on into it mid-sentence).
     */
    private static boolean isPlace(String page, String folded, int end) {
        int start = end;
        while (start > 0) {
            char c = page.charAt(start - 1);
            if (c == '\n'
                    || c == '\t'
                    || c == ' ' && start >= 3 && page.charAt(start - 2) == ' ' && page.charAt(start - 3) == ' ') {
                break;
            }
            if (!(Character.isLetter(c) || c == '.' || c == ',' || c == ' ' || c == '-')
                    || end - start >= PLACE_REACH) {
                return false;
            }
            start--;
        }
        boolean first = true;
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(page.charAt(i))) {
                continue;
            }
            int wordEnd = i;
            while (wordEnd < end
                    && (Character.isLetter(page.charAt(wordEnd))
                            || page.charAt(wordEnd) == '.'
                            || page.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            String word = Character.isUpperCase(page.charAt(i)) && !first ? null : folded.substring(i, wordEnd);
            if (first
                    ? Weekdays.isName(word.replace(".", "")) || !Character.isUpperCase(page.charAt(i))
                    : word != null && !CONNECTORS.contains(word)) {
                return false;
            }
            first = false;
            i = wordEnd;
        }
        if (first) {
            return false; // no word at all
        }
        return onItsOwnLine(page, start);
    }

    private static boolean onItsOwnLine(String page, int lineStart) {
        int i = lineStart;
        while (i > 0 && (page.charAt(i - 1) == ' ' || page.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i == 0 || page.charAt(i - 1) != '\n') {
            return true; // the page's start, or a column gap
        }
        int j = i - 1;
        while (j > 0 && page.charAt(j - 1) != '\n' && Character.isWhitespace(page.charAt(j - 1))) {
            j--;
        }
        if (j == 0 || page.charAt(j - 1) == '\n') {
            return true; // a blank line
        }
        char last = page.charAt(j - 1);
        return !Character.isLowerCase(last) && last != ',';
    }
}
