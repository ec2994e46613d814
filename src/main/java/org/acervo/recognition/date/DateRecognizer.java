package org.acervo.recognition.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.recognition.text.TextFolding;
import org.acervo.recognition.text.TextScan;

/**
 * Finds the dates written on one page, in Spanish words or in numbers.
 *
 * <p>Accepted forms, each with a bounded amount of space between its words:
 * <ul>
 *   <li>{@code 05 de octubre de 2021}, {@code 5 de OCTUBRE del 2021}, {@code 1o. de octubre de 2021},
 *       {@code 1º de octubre de 2021}, {@code primero de octubre de 2021}; a weekday before the day
 *       ({@code viernes 28 de enero de 2022}) is allowed but is not part of the mention;</li>
 *   <li>in words, as actas and sentencias write them: {@code veinte de enero de dos mil veintidós},
 *       {@code dieciséis días del mes de noviembre de dos mil veintiuno};</li>
 *   <li>OCR damage inside the numbers: {@code 2l de febrero de 2O22};</li>
 *   <li>{@code octubre de 2021}, {@code octubre del 2021}: month precision;</li>
 *   <li>{@code 29 de octubre}: day and month, the year to be supplied by the caller; so too
 *       {@code 15 de marzo del presente año} and {@code del año en curso} (the document's year);</li>
 *   <li>lists and ranges: {@code del 22 al 26 de noviembre de 2021} and {@code los días 15, 22 y
 *       29 de mayo de 2022} give a date per day; {@code del 29 de octubre al 2 de noviembre de 2021}
 *       gives the first date the second one's year;</li>
 *   <li>{@code 5 oct. 2021}, {@code 05/oct/2021}, {@code 5-OCT-21}, {@code 03 JUN 2025}, {@code marzo 2, 2022};</li>
 *   <li>{@code 04-11-2021}, {@code 04/11/2021}, {@code 4/11/21}, {@code 04.11.2021} (day first), and
 *       ISO {@code 2021-11-04}.</li>
 * </ul>
 * A month named without a day or year ({@code mes de octubre}), any impossible day, and a day and
 * month naming a street ({@code Av. 20 de Noviembre}) give nothing. Stateless and thread-safe.
 */
public final class DateRecognizer {

    /** Two-digit years are read as this century: {@code 4/11/21} is 2021. */
    private static final int CENTURY = 2000;

    /** Numeric dates outside these years are far more likely to be codes than dates. */
    private static final int NUMERIC_MIN_YEAR = 1900;

    private static final int NUMERIC_MAX_YEAR = 2099;

    /** How far back a list's earlier days and a street's name are looked for. */
    private static final int LOOK_BACK = 24;

    /** How far before its month name a date in words may start: "treinta y uno días del mes de". */
    private static final int WORD_BEFORE = 50;

    /** How far before "mismo mes" its day may start ("el día veintinueve del mismo mes"), and how far the phrase runs on. */
    private static final int SAME_MONTH_BEFORE = 25;

    private static final int SAME_MONTH_AFTER = 30;

    /** How far after its month name a date may end: "de mil novecientos noventa y nueve", "del año en curso". */
    private static final int WORD_AFTER = 70;

    /** How far before its abbreviated month a date starts: "12 de jul.". */
    private static final int ABBREVIATED_BEFORE = 8;

    /** A list has at most this many earlier days. */
    private static final int MAX_LIST = 8;

    /** A candidate span; {@code date} is empty when the span looked like a date but names no real day. */
    private record Candidate(int start, int end, Optional<FoundDate> date) {}

    /** @return the dates on the page in text order, none overlapping another */
    List<FoundDate> find(String page) {
        return find(page, TextFolding.fold(page));
    }

    /** @param folded {@code page} folded by {@link TextFolding} */
    public List<FoundDate> find(String page, String folded) {
        List<Candidate> candidates = new ArrayList<>();
        MonthAnchors.Found months = MonthAnchors.words(folded);
        int[] names = months.names();
        int[] abbreviations = months.abbreviations();
        lookingAtBefore(DatePatterns.IN_WORDS, folded, names, WORD_BEFORE, m -> inWords(m, page, candidates));
        lookingAtBefore(
                DatePatterns.MONTH_FIRST,
                folded,
                names,
                0,
                m -> add(
                        candidates,
                        m.start(),
                        m.end(),
                        Integer.parseInt(m.group("year")),
                        Months.number(m.group("month")),
                        Integer.parseInt(m.group("day"))));
        lookingAtBefore(
                DatePatterns.ABBREVIATED, folded, abbreviations, ABBREVIATED_BEFORE, m -> abbreviated(m, candidates));
        // A numeric date starts at a digit run that MonthAnchors.numbers found; a start inside an
        // earlier match follows a separator, which both patterns refuse, so this finds what find would.
        MonthAnchors.Numbers numbers = MonthAnchors.numbers(folded);
        lookingAtBefore(
                DatePatterns.DAY_FIRST,
                folded,
                numbers.dayFirst(),
                0,
                m -> numeric(m, DatePatterns.DAY_FIRST, candidates));
        lookingAtBefore(DatePatterns.ISO, folded, numbers.iso(), 0, m -> numeric(m, DatePatterns.ISO, candidates));
        romanMonths(page, candidates);
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<FoundDate> dates = new ArrayList<>();
        int taken = 0;
        for (Candidate candidate : candidates) {
            // An invalid candidate still takes its span, so no smaller date is carved out of it.
            if (candidate.start() >= taken) {
                if (candidate.date().isPresent() && !namesStreet(folded, candidate.start())) {
                    FoundDate date = candidate.date().get();
                    List<FoundDate> earlier = earlierDaysOfList(folded, date, taken);
                    dates.addAll(earlier);
                    dates.add(date);
                }
                taken = candidate.end();
            }
        }
        sameMonthAsBefore(folded, dates);
        shareRangeYears(folded, dates);
        return dates;
    }

    /**
     * Adds the days legal prose dates by the date before them: "el oficio ... fechado el día
     * veintitrés del mismo mes y año", "el seis del mismo mes". Each takes the month (and the year, or
     * the want of one) of the nearest date before it on the page; with none, it is not a date.
     */
    private static void sameMonthAsBefore(String folded, List<FoundDate> dates) {
        int at = folded.indexOf("mismo mes");
        if (at < 0 || dates.isEmpty()) {
            return;
        }
        Matcher m = DatePatterns.SAME_MONTH
                .matcher(folded)
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
        for (; at >= 0; at = folded.indexOf("mismo mes", at + 1)) {
            for (int s = Math.max(0, at - SAME_MONTH_BEFORE); s < at; s++) {
                if (s > 0 && Character.isLetterOrDigit(folded.charAt(s - 1)) || !mayStartDay(folded, s)) {
                    continue;
                }
                m.region(s, Math.min(folded.length(), at + SAME_MONTH_AFTER));
                if (!m.lookingAt()) {
                    continue;
                }
                int start = s;
                FoundDate before = null;
                int index = 0;
                while (index < dates.size() && dates.get(index).start() < start) {
                    before = dates.get(index);
                    index++;
                }
                boolean overlaps = index < dates.size() && dates.get(index).start() < m.end()
                        || before != null && before.end() > start;
                int day = m.group("day") != null ? ocrDigits(m.group("day")) : NumberWords.value(m.group("dayWords"));
                if (before != null
                        && !overlaps
                        && FoundDate.isPossible(before.month(), day)
                        && (before.year() == 0 || FoundDate.isValid(before.year(), before.month(), day))) {
                    dates.add(
                            index,
                            new FoundDate(start, m.end(), before.year(), before.month(), day, before.relative()));
                }
                break;
            }
        }
    }

    /**
     * Runs {@code pattern} as {@code find} would over the page, but tried only at the word starts
     * at most {@code before} characters before each anchor (a month name, or with {@code before}
     * 0 the first digit of a numeric date): a regex tried at every position of a page is what made
     * dates slow. Matches come in text order and do not overlap.
     */
    private static void lookingAtBefore(
            Pattern pattern, String folded, int[] anchors, int before, Consumer<Matcher> each) {
        if (anchors.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
        int n = folded.length();
        int taken = 0;
        for (int month : anchors) {
            for (int s = Math.max(taken, month - before); s <= month; s++) {
                if (s != month
                        && (s > 0 && Character.isLetterOrDigit(folded.charAt(s - 1)) || !mayStartDay(folded, s))) {
                    continue; // a match starts at a day, in digits or words, or at the month
                }
                m.region(s, Math.min(n, month + WORD_AFTER));
                if (m.lookingAt()) {
                    each.accept(m);
                    taken = m.end();
                    if (taken > month) {
                        break;
                    }
                    s = taken - 1;
                }
            }
        }
    }

    /** Whether a day can start at {@code s}: a digit, OCR's l, i or o before a digit, or a number word. */
    private static boolean mayStartDay(String folded, int s) {
        char c = folded.charAt(s);
        if (c >= '0' && c <= '9') {
            return true;
        }
        if ((c == 'l' || c == 'i' || c == 'o') && s + 1 < folded.length() && Character.isDigit(folded.charAt(s + 1))) {
            return true;
        }
        return NumberWords.isDayWordAt(folded, s);
    }

    private static void inWords(Matcher m, String page, List<Candidate> out) {
        {
            int month = Months.number(m.group("month"));
            boolean hasDay = m.group("day") != null || m.group("dayWords") != null;
            FoundDate.RelativeYear relative = m.group("current") != null
                    ? FoundDate.RelativeYear.CURRENT
                    : m.group("previous") != null
                            ? FoundDate.RelativeYear.PREVIOUS
                            : m.group("general") != null ? FoundDate.RelativeYear.GENERAL : FoundDate.RelativeYear.NONE;
            boolean yearByDocument = relative != FoundDate.RelativeYear.NONE;
            int year = m.group("year") != null
                    ? ocrDigits(m.group("year"))
                    : m.group("yearWords") != null ? NumberWords.value(m.group("yearWords")) : 0;
            if (!hasDay && year == 0) {
                return; // "mes de octubre": a month with neither day nor year is not a date
            }
            int day = m.group("day") != null
                    ? spacedDay(m.group("day"), page, m.start("day"))
                    : m.group("dayWords") != null ? NumberWords.value(m.group("dayWords")) : 0;
            int start = m.start("day") >= 0
                    ? m.start("day")
                    : m.start("dayWords") >= 0 ? m.start("dayWords") : m.start("month");
            Optional<FoundDate> date;
            if (hasDay && day == 0 || m.group("year") != null && year < FoundDate.MIN_YEAR) {
                date = Optional.empty(); // "0 de octubre" must not pass for month precision
            } else if (year == 0) {
                date = FoundDate.isPossible(month, day) && (hasDay || !yearByDocument)
                        ? Optional.of(new FoundDate(start, m.end(), 0, month, day, relative))
                        : Optional.empty();
            } else {
                date = FoundDate.isValid(year, month, day)
                        ? Optional.of(new FoundDate(start, m.end(), year, month, day))
                        : Optional.empty();
            }
            out.add(new Candidate(start, m.end(), date));
        }
    }

    private static void abbreviated(Matcher m, List<Candidate> out) {
        {
            String month = m.group("month") != null ? m.group("month") : m.group("month2");
            String yearText = m.group("year") != null ? m.group("year") : m.group("year2");
            int year = Integer.parseInt(yearText) + (yearText.length() == 2 ? CENTURY : 0);
            add(out, m.start(), m.end(), year, Months.number(month), Integer.parseInt(m.group("day")));
        }
    }

    /** The Roman numerals of months, in order. */
    private static final List<String> ROMAN =
            List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

    /**
     * Dates with the month in Roman numerals ({@code 25-IX-94}); a two-digit year before 50 is this
     * century's. Tried only at a hyphen between a digit and I, V or X.
     */
    private static void romanMonths(String page, List<Candidate> out) {
        Matcher m = null;
        for (int hyphen = page.indexOf('-');
                hyphen > 0 && hyphen + 1 < page.length();
                hyphen = page.indexOf('-', hyphen + 1)) {
            char next = page.charAt(hyphen + 1);
            if (next != 'I' && next != 'V' && next != 'X' || !TextScan.isAsciiDigit(page.charAt(hyphen - 1))) {
                continue;
            }
            int day = hyphen - 1;
            if (day > 0 && TextScan.isAsciiDigit(page.charAt(day - 1))) {
                day--;
            }
            if (m == null) {
                m = DatePatterns.ROMAN_MONTH
                        .matcher(page)
                        .useTransparentBounds(true)
                        .useAnchoringBounds(false);
            }
            if (!m.region(day, Math.min(page.length(), hyphen + 12)).lookingAt()) {
                continue;
            }
            String yearText = m.group("year");
            int year = Integer.parseInt(yearText);
            if (yearText.length() == 2) {
                year += year < 50 ? 2000 : 1900;
            }
            add(out, m.start(), m.end(), year, ROMAN.indexOf(m.group("month")) + 1, Integer.parseInt(m.group("day")));
        }
    }

    private static void numeric(Matcher m, Pattern pattern, List<Candidate> out) {
        {
            String yearText = m.group("year");
            int year = Integer.parseInt(yearText) + (yearText.length() == 2 ? CENTURY : 0);
            // 10.2.15 is far more often a version or a section number than a date.
            boolean dottedShortYear =
                    pattern == DatePatterns.DAY_FIRST && ".".equals(m.group("sep")) && yearText.length() == 2;
            if (dottedShortYear) {
                out.add(new Candidate(m.start(), m.end(), Optional.empty()));
            } else {
                add(
                        out,
                        m.start(),
                        m.end(),
                        year,
                        Integer.parseInt(m.group("month")),
                        Integer.parseInt(m.group("day")));
            }
        }
    }

    private static void add(List<Candidate> out, int start, int end, int year, int month, int day) {
        boolean plausible =
                year >= NUMERIC_MIN_YEAR && year <= NUMERIC_MAX_YEAR && day != 0 && FoundDate.isValid(year, month, day);
        out.add(new Candidate(
                start, end, plausible ? Optional.of(new FoundDate(start, end, year, month, day)) : Optional.empty()));
    }

    /** The 22 of "del 22 al 26 de noviembre", and every earlier day of such a list, first first. */
    private static List<FoundDate> earlierDaysOfList(String folded, FoundDate date, int taken) {
        if (date.day() == 0) {
            return List.of();
        }
        boolean inWords = !Character.isDigit(folded.charAt(date.start()));
        String joint = wordBefore(folded, date.start(), false);
        if (!"y".equals(joint) && !"al".equals(joint) && !"el".equals(joint)) {
            return List.of(); // the cheap test first: most dates start no list
        }
        List<FoundDate> earlier = new ArrayList<>();
        int end = date.start();
        Matcher m = (inWords ? DatePatterns.PRIOR_DAY_WORD : DatePatterns.PRIOR_DAY).matcher(folded);
        while (earlier.size() < MAX_LIST) {
            m.region(Math.max(taken, end - LOOK_BACK), end);
            // The day next to the date must be joined by "y" or "al"; a bare comma ("numeral 2, 5 de
            // octubre") is a list only further back.
            if (!m.find() || earlier.isEmpty() && m.group("join").strip().equals(",")) {
                break;
            }
            int day = inWords ? NumberWords.value(m.group("day")) : Integer.parseInt(m.group("day"));
            FoundDate prior = new FoundDate(
                    m.start("day"), m.end("day"), date.year(), date.month(), Math.max(day, 1), date.relative());
            if (day == 0
                    || (date.year() != 0
                            ? !FoundDate.isValid(date.year(), date.month(), day)
                            : !FoundDate.isPossible(date.month(), day))) {
                break;
            }
            earlier.add(0, prior);
            end = m.start();
        }
        return earlier;
    }

    /** A yearless date joined to the next, full one by "al" or "y" takes its year (the one before, across new year). */
    private static void shareRangeYears(String folded, List<FoundDate> dates) {
        for (int i = dates.size() - 2; i >= 0; i--) {
            FoundDate date = dates.get(i);
            FoundDate next = dates.get(i + 1);
            if (date.needsYear()
                    && !date.ofDocumentYear()
                    && !next.needsYear()
                    && next.day() != 0
                    && DatePatterns.RANGE_JOIN
                            .matcher(folded)
                            .region(date.end(), next.start())
                            .matches()) {
                // "del 29 de diciembre al 2 de enero de 2022" crosses into the year it names.
                Optional<FoundDate> placed = date.inYear(date.month() > next.month() ? next.year() - 1 : next.year());
                if (placed.isPresent()) {
                    dates.set(i, placed.get());
                }
            }
        }
    }

    private static boolean namesStreet(String folded, int start) {
        String word = wordBefore(folded, start, true);
        return word != null && DatePatterns.STREET_WORDS.contains(word);
    }

    /**
     * The word just before {@code at}, across at most three spaces and, if {@code dot}, a full
     * stop ("Av. 20"); or "," for a comma; null if there is none.
     */
    private static String wordBefore(String folded, int at, boolean dot) {
        int i = at;
        while (i > 0 && at - i < 3 && Character.isWhitespace(folded.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && folded.charAt(i - 1) == ',') {
            return ",";
        }
        if (dot && i > 0 && folded.charAt(i - 1) == '.') {
            i--;
        }
        int end = i;
        while (i > 0 && end - i < 12 && Character.isLetter(folded.charAt(i - 1))) {
            i--;
        }
        return i == end || i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1)) ? null : folded.substring(i, end);
    }

    /**
     * A day in digits; an OCR layer's {@code 1 O} (a capital O apart from the digit) is 10, its
     * {@code 1 o} the ordinal of 1º read with a space.
     */
    private static int spacedDay(String day, String page, int start) {
        if (day.length() == 3 && day.charAt(1) == ' ') {
            int digit = day.charAt(0) - '0';
            return page.charAt(start + 2) == 'O' ? digit * 10 : digit;
        }
        return ocrDigits(day);
    }

    /** Digits with OCR's letters for them: {@code 2l} is 21, {@code 2o22} is 2022. */
    private static int ocrDigits(String text) {
        return Integer.parseInt(text.replace('o', '0').replace('l', '1').replace('i', '1'));
    }
}
