package org.acervo.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.acervo.document.MentionType;
import org.acervo.language.BadArgument;

/**
 * What a search may be narrowed to; every field is optional (null).
 *
 * <p>Dates are ISO and may be partial: {@code 2021}, {@code 2021-10} or {@code 2021-10-27}. A
 * partial {@code from} starts at the beginning of its year or month, a partial {@code to} ends at
 * its end, so {@code --from 2021 --to 2021} is the whole of 2021.
 *
 * @param type        documents that mention an identifier of this type: oficio, acuerdo, circular, expediente
 * @param body        documents that mention an identifier of this issuing body ({@code INE}, {@code IEPC})
 * @param unit        documents that mention an identifier of this unit ({@code UNICOM}, {@code UTC}, {@code CG})
 * @param year        the year of the document date
 * @param from        document date on or after
 * @param to          document date on or before
 * @param mentionFrom the matching page mentions a date on or after
 * @param mentionTo   the matching page mentions a date on or before
 */
public record SearchFilters(
        String type,
        String body,
        String unit,
        Integer year,
        String from,
        String to,
        String mentionFrom,
        String mentionTo) {

    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern NAME = Pattern.compile("[A-ZÑ0-9-]{1,20}");

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, null, null);

    /** Checks every value and normalizes case; blank values mean "no filter". */
    public SearchFilters {
        type = blankToNull(type);
        if (type != null) {
            type = type.toLowerCase(Locale.ROOT);
            MentionType parsed = null;
            try {
                parsed = MentionType.fromLabel(type);
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (parsed == null || !parsed.isIdentifier()) {
                throw new BadArgument("error.type", type);
            }
        }
        body = name("body", body);
        unit = name("unit", unit);
        if (year != null && (year < 1900 || year > 2099)) {
            throw new BadArgument("error.year", year);
        }
        from = date("from", from);
        to = date("to", to);
        mentionFrom = date("mention-from", mentionFrom);
        mentionTo = date("mention-to", mentionTo);
    }

    /** Whether any filter is set. */
    public boolean any() {
        return type != null
                || body != null
                || unit != null
                || year != null
                || from != null
                || to != null
                || mentionFrom != null
                || mentionTo != null;
    }

    /** A partial date as the first {@code yyyymmdd} it covers. */
    static int lowerDay(String date) {
        return day(date, "0000", "00");
    }

    /** A partial date as the last {@code yyyymmdd} it covers. */
    static int upperDay(String date) {
        return day(date, "9999", "99");
    }

    private static int day(String date, String wholeYear, String wholeMonth) {
        String digits = date.replace("-", "");
        return Integer.parseInt(
                digits.length() == 4 ? digits + wholeYear : digits.length() == 6 ? digits + wholeMonth : digits);
    }

    private static String name(String what, String value) {
        value = blankToNull(value);
        if (value == null) {
            return null;
        }
        value = value.toUpperCase(Locale.ROOT);
        if (!NAME.matcher(value).matches()) {
            throw new BadArgument("error.filterName", what, value);
        }
        return value;
    }

    /** A year, a month or a day that exist on the calendar ({@code java.time}): {@code 2021-13} and {@code 2021-02-30} are refused. */
    private static String date(String what, String value) {
        value = blankToNull(value);
        if (value == null) {
            return null;
        }
        boolean real = PARTIAL_DATE.matcher(value).matches();
        if (real) {
            try {
                switch (value.length()) {
                    case 7 -> YearMonth.parse(value);
                    case 10 -> LocalDate.parse(value);
                    default -> {}
                }
            } catch (DateTimeParseException e) {
                real = false;
            }
        }
        if (!real) {
            throw new BadArgument("error.filterDate", what, value);
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
