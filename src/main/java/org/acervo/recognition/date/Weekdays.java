package org.acervo.recognition.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acervo.recognition.text.RecognitionData;
import org.acervo.recognition.text.TextScan;

/**
 * Places a day and month without a year by the weekday written before it: in a 2006 resolución,
 * "con fecha sábado 26 de noviembre del presente año" quotes a 2005 complaint, since 26 November
 * was a Saturday in 2005 and a Sunday in 2006.
 */
public final class Weekdays {

    /** Folded, Monday first, from {@code document-date.properties}; dated place lines read them too ({@link DatedLines}). */
    private static final List<String> NAMES =
            RecognitionData.list(RecognitionData.load(Weekdays.class, "document-date.properties"), "dateline.weekdays");

    private Weekdays() {}

    /** The weekday written just before {@code at} ("sábado 26", "domingo, 9", "jueves 4"), if any. */
    public static Optional<DayOfWeek> before(String folded, int at) {
        int end = TextScan.skipSpacesBack(folded, at, 3);
        if (end > 0 && folded.charAt(end - 1) == ',') {
            end = TextScan.skipSpacesBack(folded, end - 1, 3);
        }
        int index = indexEndingAt(folded, end);
        return index < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(index + 1));
    }

    /** Where the weekday whose name ends at {@code at} starts, or -1 ("Durango, Dgo., viernes 28 de enero"). */
    static int startEndingAt(String folded, int at) {
        int index = indexEndingAt(folded, at);
        return index < 0 ? -1 : at - NAMES.get(index).length();
    }

    /** Whether a folded word is a weekday's name. */
    static boolean isName(String folded) {
        return NAMES.contains(folded);
    }

    private static int indexEndingAt(String folded, int at) {
        if (at == 0 || folded.charAt(at - 1) != 's' && folded.charAt(at - 1) != 'o') {
            return -1; // every weekday ends so: lunes ... viernes, sabado, domingo
        }
        for (int i = 0; i < NAMES.size(); i++) {
            if (TextScan.wordEndsAt(folded, at, NAMES.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code year}, or the year before or after it when only that one puts the day on the weekday
     * written (the year before first: documents tell what has passed).
     */
    public static int agreeing(int year, int month, int day, DayOfWeek weekday) {
        for (int candidate : new int[] {year, year - 1, year + 1}) {
            if (FoundDate.isValid(candidate, month, day)
                    && LocalDate.of(candidate, month, day).getDayOfWeek() == weekday) {
                return candidate;
            }
        }
        return year;
    }
}
