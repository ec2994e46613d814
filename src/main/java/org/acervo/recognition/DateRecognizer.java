package org.acervo.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates written on one page, in Spanish words or in numbers.
 *
 * <p>Accepted forms, each with a bounded amount of space between its words:
 * <ul>
 *   <li>{@code 05 de octubre de 2021}, {@code 5 de OCTUBRE del 2021}, {@code 1o. de octubre de 2021},
 *       {@code 1º de octubre de 2021}, {@code primero de octubre de 2021}; a weekday before the day
 *       ({@code viernes 28 de enero de 2022}) is allowed but is not part of the mention;</li>
 *   <li>{@code octubre de 2021}, {@code octubre del 2021}: month precision;</li>
 *   <li>{@code 29 de octubre}: day and month, the year to be supplied by the caller;</li>
 *   <li>{@code 04-11-2021}, {@code 04/11/2021}, {@code 4/11/21}, {@code 04.11.2021} (day first), and
 *       ISO {@code 2021-11-04}.</li>
 * </ul>
 * A month named without a year ({@code mes de octubre}), and any impossible day, give nothing.
 * Stateless and thread-safe.
 */
final class DateRecognizer {

    /**
     * A day written as a number, possibly with the ordinal marks used for the first of the month
     * ({@code 1o.}, {@code 1ro.}, {@code 1er.}, {@code 1º}, {@code 1°}), or the word {@code primero}.
     */
    private static final String DAY = "(?:(?<primero>primero)|(?<day>\\d{1,2})(?:(?:o|ro|er)\\.?|[º°ª])?)";

    /**
     * Words and numbers, matched on folded text. The day part and the year part are both optional
     * so that one left-to-right scan sees "31 de septiembre de 2021" whole and rejects it, rather
     * than finding "septiembre de 2021" inside it. The year must not run on into a period like
     * {@code 2021-2022}.
     */
    private static final Pattern IN_WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}]|\\p{N}[.,/:-])"
                    + "(?:" + DAY + "\\s{0,3}de\\s{1,3})?"
                    + "(?<month>" + Months.ALTERNATION + ")(?!\\p{L})"
                    + "(?:\\s{0,3},?\\s{0,3}del?\\s{0,3}(?<year>\\d{4})(?!\\p{N}|-\\p{N}))?");

    /**
     * Day, month and year in numbers with one repeated separator. Not after or before another
     * number-and-separator, which keeps {@code 21/104} in {@code IEPC/UTC/21/104}, versions like
     * {@code 2.1.5.7} and {@code 1/2/2021/3} out.
     */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}./-])"
                    + "(?<day>\\d{1,2})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})"
                    + "(?![\\p{L}\\p{N}]|[-/.]\\p{N})");

    /** ISO 8601 with dashes only; {@code 2021/0456} is an inventory number, not a date. */
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\p{L}\\p{N}./-])"
                    + "(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})"
                    + "(?![\\p{L}\\p{N}]|[-/.]\\p{N})");

    /** Two-digit years are read as this century: {@code 4/11/21} is 2021. */
    private static final int CENTURY = 2000;

    /** Numeric dates outside these years are far more likely to be codes than dates. */
    private static final int NUMERIC_MIN_YEAR = 1900;
    private static final int NUMERIC_MAX_YEAR = 2099;

    /** A candidate span; {@code date} is empty when the span looked like a date but names no real day. */
    private record Candidate(int start, int end, Optional<FoundDate> date) {
    }

    /** @return the dates on the page in text order, none overlapping another */
    List<FoundDate> find(String page) {
        String folded = TextFolding.fold(page);
        List<Candidate> candidates = new ArrayList<>();
        inWords(folded, candidates);
        numeric(folded, DAY_FIRST, candidates);
        numeric(folded, ISO, candidates);
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<FoundDate> dates = new ArrayList<>();
        int taken = 0;
        for (Candidate candidate : candidates) {
            // An invalid candidate still takes its span, so no smaller date is carved out of it.
            if (candidate.start() >= taken) {
                candidate.date().ifPresent(dates::add);
                taken = candidate.end();
            }
        }
        return dates;
    }

    private static void inWords(String folded, List<Candidate> out) {
        Matcher m = IN_WORDS.matcher(folded);
        while (m.find()) {
            int month = Months.number(m.group("month"));
            int day = m.group("primero") != null ? 1 : m.group("day") != null ? Integer.parseInt(m.group("day")) : 0;
            int year = m.group("year") != null ? Integer.parseInt(m.group("year")) : 0;
            if (day == 0 && year == 0) {
                continue; // "mes de octubre": a month with neither day nor year is not a date
            }
            int start = m.start("primero") >= 0 ? m.start("primero") : m.start("day") >= 0 ? m.start("day") : m.start("month");
            boolean dayZero = day == 0 && (m.group("day") != null);
            Optional<FoundDate> date;
            if (dayZero) {
                date = Optional.empty(); // "0 de octubre" must not pass for month precision
            } else if (year == 0) {
                date = FoundDate.isPossible(month, day) ? Optional.of(new FoundDate(start, m.end(), 0, month, day)) : Optional.empty();
            } else {
                date = FoundDate.isValid(year, month, day) ? Optional.of(new FoundDate(start, m.end(), year, month, day)) : Optional.empty();
            }
            out.add(new Candidate(start, m.end(), date));
        }
    }

    private static void numeric(String folded, Pattern pattern, List<Candidate> out) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            String yearText = m.group("year");
            int year = Integer.parseInt(yearText) + (yearText.length() == 2 ? CENTURY : 0);
            int month = Integer.parseInt(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            // 10.2.15 is far more often a version or a section number than a date.
            boolean dottedShortYear = pattern == DAY_FIRST && ".".equals(m.group("sep")) && yearText.length() == 2;
            boolean plausible = !dottedShortYear && year >= NUMERIC_MIN_YEAR && year <= NUMERIC_MAX_YEAR
                    && FoundDate.isValid(year, month, day) && day != 0;
            out.add(new Candidate(m.start(), m.end(),
                    plausible ? Optional.of(new FoundDate(m.start(), m.end(), year, month, day)) : Optional.empty()));
        }
    }
}
