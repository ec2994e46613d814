package org.acervo.recognition.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date as written on a page: full, month and year only, or day and month waiting for a year.
 *
 * @param start offset of the first character in the page text
 * @param end   offset just past the last character
 * @param year  the year written in the text, or 0 when the text names none
 * @param month 1 to 12
 * @param day   the day of the month, or 0 when the text names only month and year
 * @param relative how the text names the year when it names it by the document's: "del presente año",
 *              "del año en curso" (the document's year), "del año próximo pasado" (the year before),
 *              to be supplied by the caller like a missing one
 */
public record FoundDate(int start, int end, int year, int month, int day, RelativeYear relative) {

    /** A year named by the document's own rather than written. */
    public enum RelativeYear {
        /** The year is written, or missing altogether. */
        NONE(0),
        /** "del presente año", "del año en curso": the document's year. */
        CURRENT(0),
        /** "del año próximo pasado", "del año anterior": the year before the document's. */
        PREVIOUS(-1),
        /** "del año de la elección", "del año siguiente": a period the law sets, in no year in particular. */
        GENERAL(0);

        private final int offset;

        RelativeYear(int offset) {
            this.offset = offset;
        }

        /** The year meant, counted from the year of whoever writes (the document, or a quoted writer). */
        public int from(int writersYear) {
            return writersYear + offset;
        }
    }

    /** The earliest and latest years accepted when a year is written out in full. */
    static final int MIN_YEAR = 1800;

    static final int MAX_YEAR = 2199;

    FoundDate(int start, int end, int year, int month, int day) {
        this(start, end, year, month, day, RelativeYear.NONE);
    }

    /** Whether the text names the year by the document's ("del presente año", "del año próximo pasado"). */
    public boolean ofDocumentYear() {
        return relative != RelativeYear.NONE;
    }

    public FoundDate {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (month < 1 || month > 12 || day < 0 || day > 31 || (year == 0 && day == 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (year != 0 && !isValid(year, month, day)) {
            throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
        }
    }

    /** A date with every part written out, from which the document date and missing years are taken. */
    public boolean isFull() {
        return year != 0 && day != 0;
    }

    public boolean needsYear() {
        return year == 0;
    }

    /** This day and month in the given year, if that day exists (29 February does not, most years). */
    public Optional<FoundDate> inYear(int inferredYear) {
        return isValid(inferredYear, month, day)
                ? Optional.of(new FoundDate(start, end, inferredYear, month, day, RelativeYear.NONE))
                : Optional.empty();
    }

    /** ISO 8601: {@code YYYY-MM-DD}, or {@code YYYY-MM} for month precision. */
    public String iso() {
        if (needsYear()) {
            throw new IllegalStateException("no year yet for day " + day + " of month " + month);
        }
        return day == 0
                ? YearMonth.of(year, month).toString()
                : LocalDate.of(year, month, day).toString();
    }

    /** Whether the parts name a real day; a day of 0 means month precision. */
    static boolean isValid(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            return false;
        }
        try {
            return day == 0 || day <= YearMonth.of(year, month).lengthOfMonth() && day >= 1;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether a day and month can exist in some year; 29 February is allowed until the year is known. */
    static boolean isPossible(int month, int day) {
        return month >= 1
                && month <= 12
                && day >= 1
                && day <= YearMonth.of(2000, month).lengthOfMonth();
    }
}
