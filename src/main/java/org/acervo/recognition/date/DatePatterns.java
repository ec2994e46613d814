package org.acervo.recognition.date;

import java.util.regex.Pattern;

/**
 * The precompiled patterns {@link DateRecognizer} runs on folded text (lower case, no accents).
 *
 * <p>Every quantifier is bounded, so no input makes a pattern backtrack without end.
 */
final class DatePatterns {

    /** Not inside a word or a number, nor right after a number and a separator ({@code 1.5}, {@code 21/}). */
    private static final String FENCE = "(?<![\\p{L}\\p{N}]|\\p{N}[.,/:-])";

    /**
     * A day in numbers, with the ordinal marks used for the first ({@code 1o.}, {@code 1er.},
     * {@code 1º}), or OCR's {@code l}/{@code I} for a one next to a digit ({@code 2l}, {@code l5}) and
     * {@code O} for a leading zero ({@code O3 de abril}; a trailing {@code o} is the ordinal of {@code 1o}),
     * and an OCR layer's digit and {@code O} apart ({@code 1 O de febrero} is the 10th, {@code 1 o de
     * julio} the 1st: see {@code DateRecognizer.spacedDay}),
     * or in words ({@code veinte}, {@code primero}, {@code treinta y uno}).
     */
    private static final String DAY =
            "(?:(?<day>\\d{1,2}(?! o\\s)|[lio]\\d|\\d[li]|\\d o(?=\\s))(?:(?:o|ro|er)\\.?|[º°ª])?" + "|(?<dayWords>"
                    + NumberWords.DAY + ")(?!\\p{L}))";

    /** "de", or the acta's "días del mes de", or nothing but a space where a writer left "de" out ("El 19 diciembre de 2016"). */
    private static final String DAY_TO_MONTH =
            "(?:\\s{0,3}(?:dias?\\s{1,3}del?\\s{1,3}mes\\s{1,3}de|de)\\s{1,3}|[ \\t]{1,2})";

    /**
     * A year after "de" or a comma ({@code 16 de enero, 2007}): four digits (OCR's {@code O}, {@code l}, {@code I} allowed after the first digit),
     * in words, after "de", "del" or "del año" ("de diciembre del año dos mil cinco"), or the
     * document's own year ("del presente año", "del año en curso", "del año que transcurre") or the one
     * before it ("del año próximo pasado", "del año anterior"), or a year of the law's rather than the
     * calendar's ("del año de la elección", "del año siguiente"), which places no date. "de" may be
     * missing before a year
     * ("el veintiuno de marzo dos mil siete", "21 de marzo 2007"). It must not run on into a period
     * like {@code 2021-2022} or a number like {@code 2007.5}.
     */
    private static final String YEAR =
            "(?:(?:\\s{0,3},?\\s{0,3}del?(?:\\s{1,3}ano(?:\\s{1,3}de)?)?|\\s{0,3},|[ \\t]{1,2})\\s{0,3}"
                    + "(?<year>\\d{4}(?!\\p{N})|\\d[\\doli]{3}(?![\\p{L}\\p{N}]))(?![-.,]?\\p{N})"
                    + "|\\s{1,3}(?:del?(?:\\s{1,3}ano)?\\s{1,3})?(?<yearWords>" + NumberWords.YEAR + ")(?!\\p{L})"
                    + "|\\s{1,3}del?\\s{1,3}(?<current>presente\\s{1,3}ano|ano\\s{1,3}en\\s{1,3}curso|ano\\s{1,3}que\\s{1,3}transcurre"
                    + "|ano\\s{1,3}actual)(?!\\p{L})"
                    + "|\\s{1,3}del?\\s{1,3}(?<general>ano\\s{1,3}(?:de\\s{1,3}la\\s{1,3}eleccion|siguiente|anterior\\s{1,3}al?\\s{1,3}(?:la\\s{1,3})?eleccion))(?!\\p{L})"
                    + "|\\s{1,3}del?\\s{1,3}(?<previous>ano\\s{1,3}(?:proximo\\s{1,3})?pasados?|ano\\s{1,3}anterior)(?!\\p{L}))";

    /**
     * Day, month and year in words and numbers. Day and year are both optional so that one
     * left-to-right scan sees "31 de septiembre de 2021" whole and rejects it, rather than
     * finding "septiembre de 2021" inside it.
     */
    static final Pattern IN_WORDS = Pattern.compile(
            FENCE + "(?:" + DAY + DAY_TO_MONTH + ")?" + "(?<month>" + Months.ALTERNATION + ")(?!\\p{L})" + YEAR + "?");

    /** A day dated by the date before it: "veintitrés del mismo mes y año", "6 del mismo mes", "doce el mismo mes y año". */
    static final Pattern SAME_MONTH = Pattern.compile("(?:(?<day>\\d{1,2})|(?<dayWords>" + NumberWords.DAY
            + "))\\s{1,3}(?:del?|el)\\s{1,3}mismo\\s{1,3}mes" + "(?:\\s{1,3}y\\s{1,3}ano)?(?!\\p{L})");

    /** The American order some forms use: {@code marzo 2, 2022}; the comma is required. */
    static final Pattern MONTH_FIRST = Pattern.compile("(?<!\\p{L})(?<month>" + Months.ALTERNATION
            + ")\\s{1,3}(?<day>\\d{1,2}),\\s{0,3}(?<year>\\d{4})(?![\\p{N}]|-\\p{N})");

    /**
     * Abbreviated months between a numeric day and year, as stamps and control sheets write them:
     * {@code 5 oct. 2021}, {@code 12 de jul. de 1993}, {@code 05/oct/2021}, {@code 5-oct-21}.
     */
    static final Pattern ABBREVIATED = Pattern.compile("(?<![\\p{L}\\p{N}.,/:-])(?<day>\\d{1,2})"
            // A table cell may wrap after the second separator: "17-may-" newline "17".
            + "(?:(?<sep>[-/])(?<month>" + Months.ABBREVIATION_ALTERNATION
            + ")\\k<sep>(?:[ \\t]{0,2}\\r?\\n[ \\t]{0,3})?(?<year>\\d{4}|\\d{2})"
            + "|\\s{1,3}(?:de\\s{1,3})?(?<month2>" + Months.ABBREVIATION_ALTERNATION
            + ")(?!\\p{L})\\.?\\s{1,3}(?:de\\s{1,3})?(?<year2>\\d{4}))"
            + "(?![\\p{L}\\p{N}]|[-/.]\\p{N})");

    /**
     * The month in Roman numerals, as tesis and jurisprudencias of the electoral courts date their
     * precedents: {@code 25-IX-94}, {@code 30-IX-1994}. Read on the page as written (capitals).
     */
    static final Pattern ROMAN_MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:-])(?<day>\\d{1,2})-(?<month>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)-(?<year>\\d{4}|\\d{2})"
                    + "(?![\\p{L}\\p{N}]|[-/]\\p{N})");

    /**
     * Day, month and year in numbers with one repeated separator. Not after or before another
     * number-and-separator, which keeps {@code 21/104} in {@code IEPC/UTC/21/104}, versions like
     * {@code 2.1.5.7} and {@code 1/2/2021/3} out.
     */
    static final Pattern DAY_FIRST = Pattern.compile("(?<![\\p{L}\\p{N}./-])"
            + "(?<day>\\d{1,2})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})"
            + "(?![\\p{L}\\p{N}]|[-/.]\\p{N})");

    /** ISO 8601 with dashes only; {@code 2021/0456} is an inventory number, not a date. */
    static final Pattern ISO = Pattern.compile("(?<![\\p{L}\\p{N}./-])"
            + "(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})"
            + "(?![\\p{L}\\p{N}]|[-/.]\\p{N})");

    /**
     * An earlier day of a list or range sharing the month that follows: the {@code 22} of
     * "del 22 al 26 de noviembre", the {@code 4} of "entre el 4 y el 8 de octubre", the
     * {@code 15} of "los días 15, 22 y 29 de mayo", the first of "entre el 1º y el 31 de enero" and
     * "del 1o. al 31 de enero" (an ordinal sign after the day). Matched against the text just before a date.
     */
    static final Pattern PRIOR_DAY = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:-])(?<day>\\d{1,2})(?:º|°|o\\.?|ro\\.?)?(?<join>\\s{0,3},\\s{0,3}(?:y\\s{1,3})?|\\s{1,3}(?:y|al)\\s{1,3})(?:el\\s{1,3})?$");

    /**
     * The same in words, for a date in words: the {@code cuatro}, {@code cinco} and {@code seis} of
     * "los días cuatro, cinco, seis y siete de noviembre de dos mil cinco".
     */
    static final Pattern PRIOR_DAY_WORD = Pattern.compile("(?<![\\p{L}])(?<day>" + NumberWords.DAY
            + ")(?<join>\\s{0,3},\\s{0,3}(?:y\\s{1,3})?|\\s{1,3}(?:y|al)\\s{1,3})(?:el\\s{1,3})?$");

    /** What joins a yearless date to a full one whose year it shares: "del 29 de octubre al 2 de noviembre de 2021". */
    static final Pattern RANGE_JOIN = Pattern.compile("\\s{1,3}(?:al|y|hasta\\s{1,3}el)\\s{1,3}(?:el\\s{1,3})?");

    /**
     * Words before a day and month that make them the name of a place, not a date: "Av. 20 de
     * Noviembre", "calle 5 de Mayo", "mercado municipal 20 de Noviembre Izcalli", "escuela 16 de Septiembre".
     */
    static final java.util.Set<String> STREET_WORDS = java.util.Set.of(
            "av",
            "avda",
            "avenida",
            "calle",
            "c",
            "blvd",
            "boulevard",
            "bulevar",
            "calz",
            "calzada",
            "priv",
            "privada",
            "col",
            "colonia",
            "fracc",
            "esq",
            "esquina",
            "plaza",
            "prolongacion",
            "mercado",
            "municipal",
            "escuela",
            "primaria",
            "secundaria",
            "colegio",
            "jardin",
            "parque",
            "unidad",
            "barrio",
            "ejido",
            "poblado",
            "hospital",
            "estadio",
            "deportivo",
            "fraccionamiento");

    private DatePatterns() {}
}
