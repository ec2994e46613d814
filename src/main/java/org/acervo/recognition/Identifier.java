package org.acervo.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official document number such as {@code INE/UNICOM/4547/2021}, in canonical form.
 *
 * <p>The form is an issuing body, one or more units, then a number and a year in either order:
 * <ul>
 *   <li>{@code IEPC/UTC/21/104}: body, unit, two-digit year, number;</li>
 *   <li>{@code IEPC/SE/2119/2021}, {@code INE/JLE/DGO/VS/0345/2022}: body, units, number, year;</li>
 *   <li>{@code IEPC/CG139/2021}, {@code INE/JGE34/2017}, {@code IEPC/ACU-CG-001/2025}: the number
 *       attached to the last unit, then the year.</li>
 * </ul>
 * The body is 2 to 10 letters; a unit starts with a letter and may carry digits and hyphens
 * ({@code CG139}, {@code ACU-CG-001}) and INE's lower-case {@code y} ({@code DECEyEC}). Spaces around
 * slashes are allowed ({@code INE / UNICOM / 4547 / 2021}). The canonical form is upper case with
 * no whitespace; leading zeros are kept as written. Placeholders ({@code IEPC/SE/XXX/2025},
 * {@code IEPC/SE/----/2025}), dates, fractions and URLs are not identifiers.
 *
 * @param value the canonical form, also returned by {@link #toString()}
 */
public record Identifier(String value) {

    /** The issuing body: an acronym; OCR's {@code l} for {@code I} is allowed before a capital ({@code lNE}). */
    static final String BODY = "(?:[A-ZÑ]|l(?=[A-ZÑ])){2,10}+";

    /**
     * One slash-separated part. A lower-case {@code y} is allowed between capitals because INE
     * writes some units that way ({@code DECEyEC}); a lower-case {@code l} next to a capital or
     * digit is OCR's {@code I} or {@code 1}. A unit written with an attached number may have the
     * number typed apart ({@code CG 23}). A hyphen may end a line ({@code UNI-} newline {@code COM}).
     * Possessive, as the parts cannot overlap.
     */
    static final String SEGMENT = "(?:[A-ZÑ0-9]|y(?=[A-ZÑ])|l(?=[A-ZÑ0-9])|(?<=[A-ZÑ0-9])l){1,16}+"
            + "(?:(?<=[/\\s]" + Issuers.acuerdoUnitsAlternation() + ") {1,2}[0-9]{1,6}+)?+"
            + "(?:-(?:[ \\t]{0,2}\\r?\\n[ \\t]{0,3})?[A-ZÑ0-9]{1,16}+){0,4}+";

    /** A slash, with the stray spaces that typing and PDF extraction put around it. */
    static final String SEPARATOR = "\\s{0,3}/\\s{0,3}";

    /**
     * A tribunal's case number: court, kind of case, number, slash, year ({@code SUP-RAP-123/2021},
     * {@code TEED-JE-012/2021}, {@code SG-JRC-8/2017}).
     */
    static final String EXPEDIENTE = "[A-ZÑ]{2,6}+(?:-[A-ZÑ]{1,6}+){1,3}+-[0-9]{1,6}+\\s{0,2}/\\s{0,2}[0-9]{4}";

    /** At least one unit and one number after the body; more than nine parts is not a document number. */
    static final int MIN_PARTS = 2;
    static final int MAX_PARTS = 9;

    private static final Pattern WHOLE = Pattern.compile(
            BODY + "(?:" + SEPARATOR + SEGMENT + "){" + MIN_PARTS + "," + MAX_PARTS + "}+");
    private static final Pattern WHOLE_EXPEDIENTE = Pattern.compile(EXPEDIENTE);
    private static final Pattern SPLIT = Pattern.compile(SEPARATOR);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * The value {@link #tryParse} has just produced on this thread, so that its constructor call
     * need not canonicalize it a second time; recognition spends a quarter of its time here otherwise.
     */
    private static final ThreadLocal<String> JUST_CANONICALIZED = new ThreadLocal<>();

    public Identifier {
        Objects.requireNonNull(value, "value");
        if (value != JUST_CANONICALIZED.get() && !canonicalize(value).filter(value::equals).isPresent()) {
            throw new IllegalArgumentException("not a canonical document number: \"" + value + "\"");
        }
    }

    /**
     * Reads a document number as a person or a page writes it.
     *
     * @throws IllegalArgumentException if the whole trimmed text is not one document number
     */
    public static Identifier parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a document number like INE/UNICOM/4547/2021: \"" + text + "\""));
    }

    /** Like {@link #parse(String)}, but empty instead of an exception; null gives empty. */
    public static Optional<Identifier> tryParse(String text) {
        Optional<String> canonical = canonicalize(text);
        if (canonical.isEmpty()) {
            return Optional.empty();
        }
        JUST_CANONICALIZED.set(canonical.get());
        try {
            return Optional.of(new Identifier(canonical.get()));
        } finally {
            JUST_CANONICALIZED.remove();
        }
    }

    /** The issuing body, e.g. {@code INE}. */
    public String issuer() {
        return value.substring(0, value.indexOf('/'));
    }

    /** Every slash-separated part, body first. */
    public List<String> parts() {
        return List.of(value.split("/"));
    }

    /**
     * Whether the number itself says it is an acuerdo: a {@code CG} (Consejo General) or
     * {@code JGE} (Junta General Ejecutiva) unit, with or without an attached number.
     */
    public boolean isAcuerdoNumber() {
        return hasAcuerdoUnit(false);
    }

    /**
     * Whether the number is one of a council's own series: a {@code CG} or {@code JGE} unit with
     * the number attached ({@code INE/CG329/2017}, {@code IEPC/CG139/2021}) or hyphened on
     * ({@code IECM/ACU-CG-001/2021}). A {@code CG} standing alone among the units
     * ({@code SCG/PE/PRD/CG/015/2009}, a complaint the Consejo General brought) is not.
     */
    public boolean isNumberedAcuerdo() {
        return hasAcuerdoUnit(true);
    }

    private boolean hasAcuerdoUnit(boolean numbered) {
        int slash = value.indexOf('/');
        // Each hyphen- or slash-separated piece after the body: capitals, then only digits.
        for (int start = slash + 1, i = start; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '/' || value.charAt(i) == '-') {
                int letters = start;
                while (letters < i && isCapital(value.charAt(letters))) {
                    letters++;
                }
                int digits = letters;
                while (digits < i && isAsciiDigit(value.charAt(digits))) {
                    digits++;
                }
                boolean hasNumber = digits > letters
                        || i < value.length() && value.charAt(i) == '-' && i + 1 < value.length() && isAsciiDigit(value.charAt(i + 1));
                if (letters > start && digits == i && (!numbered || hasNumber) && Issuers.isAcuerdoUnit(value.substring(start, letters))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Whether this is a tribunal's case number ({@code SUP-RAP-123/2021}) rather than a document's. */
    public boolean isExpediente() {
        return WHOLE_EXPEDIENTE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * The canonical form of text that is exactly one document number, in any case: OCR repaired
     * ({@link IdentifierRepair}), upper case, no whitespace, and a number attached to the unit
     * where the issuer writes it so ({@code INE/CG/195/2015} is {@code INE/CG195/2015}).
     */
    static Optional<String> canonicalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = IdentifierRepair.joinLineBreaks(text.strip());
        if (stripped.length() > 200) {
            return Optional.empty();
        }
        String upper = stripped.toUpperCase(Locale.ROOT);
        if (upper.indexOf('-') > 0 && WHOLE_EXPEDIENTE.matcher(upper).matches()) {
            return Optional.of(hasWhitespace(upper) ? WHITESPACE.matcher(upper).replaceAll("") : upper);
        }
        String[] parts = hasWhitespace(stripped) ? SPLIT.split(stripped, -1) : stripped.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = IdentifierRepair.part(parts[i], i == 0);
        }
        String repaired = String.join("/", parts).toUpperCase(Locale.ROOT);
        if (!WHOLE.matcher(repaired).matches()) {
            return Optional.empty();
        }
        String canonical = attachNumber(hasWhitespace(repaired) ? WHITESPACE.matcher(repaired).replaceAll("") : repaired);
        return hasNumberAndYear(canonical) ? Optional.of(canonical) : Optional.empty();
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code INE/CG/195/2015} to {@code INE/CG195/2015}, for the units {@link Issuers} says take it attached. */
    private static String attachNumber(String canonical) {
        String[] parts = canonical.split("/");
        if (parts.length == 4 && Issuers.attachesNumber(parts[0], parts[1])
                && isNumber(parts[2]) && parts[3].length() == 4 && isYear(parts[3])) {
            return parts[0] + "/" + parts[1] + parts[2] + "/" + parts[3];
        }
        return canonical;
    }

    /**
     * Checks the order of parts the pattern cannot express: units, then a number and a year.
     * This is what turns away {@code IEPC/SE/XXX/2025} (no number) and {@code IEPC/21/104/5}.
     */
    private static boolean hasNumberAndYear(String canonical) {
        String[] parts = canonical.split("/");
        int firstNumber = parts.length;
        while (firstNumber > 1 && isNumber(parts[firstNumber - 1])) {
            firstNumber--;
        }
        int numbers = parts.length - firstNumber;
        if (firstNumber < 2) {
            return false; // no unit
        }
        for (int u = 1; u < firstNumber; u++) {
            if (!isUnit(parts[u])) {
                return false;
            }
        }
        if (numbers == 2) {
            return isYear(parts[firstNumber]) || isYear(parts[firstNumber + 1]);
        }
        // IEPC/CG139/2021: the number rides on the last unit, so only the year stands alone.
        String lastUnit = parts[firstNumber - 1];
        return numbers == 1 && isYear(parts[firstNumber]) && isAsciiDigit(lastUnit.charAt(lastUnit.length() - 1));
    }

    /** One to six digits. */
    private static boolean isNumber(String part) {
        if (part.isEmpty() || part.length() > 6) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!isAsciiDigit(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A capital, then capitals and digits, in pieces joined by single hyphens ({@code ACU-CG-001}). */
    private static boolean isUnit(String part) {
        if (part.isEmpty() || !isCapital(part.charAt(0)) || part.charAt(part.length() - 1) == '-') {
            return false;
        }
        for (int i = 1; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(isCapital(c) || isAsciiDigit(c) || c == '-' && part.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z' || c == 'Ñ';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Two digits (21), or four digits that can be a year of this archive (1900 to 2099). */
    private static boolean isYear(String digits) {
        if (digits.length() == 2) {
            return true;
        }
        if (digits.length() != 4) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2099;
    }
}
