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

    /**
     * The issuing body as it stands in a canonical number: an acronym, with OCR's {@code l} for
     * {@code I} before a capital ({@code lNE}), or a district's ordinal before or after it
     * ({@code 12JDE/VE/150/06}, {@code JD13/VE/VS/1688/06}: the 12th and 13th Juntas Distritales).
     */
    static final String BODY = "(?:[0-9]{1,2}+(?=[A-ZÑ]))?+(?:[A-ZÑ]|l(?=[A-ZÑ])){2,10}+[0-9]{0,2}+";

    /**
     * The body as OCR may leave it in a page: also with its first letter read as a bracket or a bar
     * ({@code [EEQ}, {@code |EEM}); {@link IdentifierRepair} puts the letter back when the registry
     * knows the body.
     */
    static final String BODY_IN_TEXT = "(?:[\\[|¡](?=[A-ZÑ]{2}))?+" + BODY;

    /**
     * One slash-separated part. A lower-case {@code y} is allowed between capitals because INE
     * writes some units that way ({@code DECEyEC}); a lower-case {@code l} next to a capital or
     * digit is OCR's {@code I} or {@code 1}. A unit written with an attached number may have the
     * number typed apart ({@code CG 23}). A hyphen may end a line ({@code UNI-} newline {@code COM}).
     * Possessive, as the parts cannot overlap.
     */
    static final String SEGMENT = "(?:" + Identifier.SESSION_ACUERDO + "|"
            + "(?:[A-ZÑ0-9]|y(?=[A-ZÑ])|l(?=[A-ZÑ0-9])|(?<=[A-ZÑ0-9])l|(?<=[0-9])['’](?=[0-9]{2}(?![0-9])))"
            + "{1,16}+"
            + "(?:(?<=[/\\s]" + Issuers.acuerdoUnitsAlternation() + "[0-9]{0,3}) {1,2}[0-9]{1,6}+)?+"
            + "(?:-(?:[ \\t]{0,2}\\r?\\n[ \\t]{0,3})?[A-ZÑ0-9]{1,16}+){0,4}+)";

    /**
     * A commission's acuerdo numbered with its session: {@code CRFE-05SE:12} in
     * {@code INE/CRFE-05SE:12/07/2016} (the fifth extraordinary session, on the 12th of July). Often
     * typed with a space after the colon and broken after the hyphen.
     */
    static final String SESSION_ACUERDO = "[A-ZÑ]{2,10}+-(?:[ \\t]{0,2}\\r?\\n[ \\t]{0,3})?[0-9]{1,3}+S[EO]:\\s{0,2}[0-9]{1,2}+";

    /** A slash, with the stray spaces that typing and PDF extraction put around it; OCR reads some slashes as {@code !}. */
    /** A line break inside a number, after a hyphen: one newline, or a blank line where a PDF double-spaces its lines. */
    static final String HYPHEN_BREAK = "(?:[ \\t]{0,2}\\r?\\n(?:[ \\t]{0,3}\\r?\\n)?[ \\t]{0,3})?";

    static final String SEPARATOR = "\\s{0,3}[/!]\\s{0,3}";

    /**
     * A tribunal's case number: court, kind of case, number, slash, year ({@code SUP-RAP-123/2021},
     * {@code TEED-JE-012/2021}, {@code SG-JRC-8/2017}; also with the last hyphen left out,
     * {@code SUP-RAP677/2015}, kept as written, and broken across a line after a hyphen).
     */
    static final String EXPEDIENTE = "[A-ZÑ]{2,6}+(?:-" + HYPHEN_BREAK + "[A-ZÑ]{1,6}+){1,3}+-?+" + HYPHEN_BREAK + "[0-9]{1,6}+"
            + "\\s{0,2}/\\s{0,2}(?:[0-9]{4}|[0-9]{2})";

    /**
     * A number without an issuing body, the way the IFE numbered its acuerdos and many units their
     * oficios: the unit with the number attached or hyphened on, one slash, a year
     * ({@code CG112/2010}, {@code JGE57/2008}, {@code CG119/99}, {@code DJ-1092/2006},
     * {@code SE-282/2007}); a fiscalization procedure's letter may lead ({@code P-CFRPAP28/04},
     * {@code Q-UFRPP02/08}). Those procedures and the council's {@code CG}/{@code JGE} series are
     * often typed with a space or a line break before the number ({@code P-CFRPAP 28/04},
     * {@code CG 119/99}); other capitals followed by a space and a number are left alone, as too
     * many headings and labels look so.
     */
    static final String BODYLESS = "(?:(?:[A-ZÑ]{1,3}+-(?=[A-ZÑ]{2}))?+[A-ZÑ]{2,10}+-?"
            + "|(?:[A-ZÑ]{1,3}-[A-ZÑ]{2,10}|CG|JGE)(?:[ \\t]{1,2}|[ \\t]{0,2}\\r?\\n[ \\t]{0,3}))"
            + "[0-9]{1,5}+\\s{0,2}/\\s{0,2}(?:(?:19|20)[0-9]{2}|[0-9]{2})";

    /** At least one unit and one number after the body; more than nine parts is not a document number. */
    static final int MIN_PARTS = 2;
    static final int MAX_PARTS = 9;

    private static final Pattern WHOLE = Pattern.compile(
            BODY + "(?:" + SEPARATOR + SEGMENT + "){" + MIN_PARTS + "," + MAX_PARTS + "}+");
    private static final Pattern WHOLE_EXPEDIENTE = Pattern.compile(EXPEDIENTE);
    private static final Pattern WHOLE_BODYLESS = Pattern.compile(BODYLESS);
    private static final Pattern BARE = Pattern.compile("[0-9]{1,4}/(?:19|20)[0-9]{2}");
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

    /**
     * A number without unit or body ({@code 203/2009}), which only its place can make an identifier
     * (a vote record's {@code CG} column, see {@link VoteTables}); {@link #parse} never reads one.
     */
    static Identifier bare(String numberAndYear) {
        if (!BARE.matcher(numberAndYear).matches()) {
            throw new IllegalArgumentException("not a number and year like 203/2009: \"" + numberAndYear + "\"");
        }
        JUST_CANONICALIZED.set(numberAndYear);
        try {
            return new Identifier(numberAndYear);
        } finally {
            JUST_CANONICALIZED.remove();
        }
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

    /** The issuing body, e.g. {@code INE}; empty for a number without one ({@link #isBodyless()}) and a case number. */
    public Optional<String> issuer() {
        if (isBodyless() || isExpediente()) {
            return Optional.empty();
        }
        return Optional.of(value.substring(0, value.indexOf('/')));
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
        if (value.indexOf("SE:") > 0 || value.indexOf("SO:") > 0) {
            return true; // INE/CRFE-05SE:12/07/2016: a commission's acuerdo numbered by its session
        }
        int slash = isBodyless() ? -1 : value.indexOf('/');
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

    /**
     * Whether the number is an IFE or INE complaint's: a unit {@code Q} or starting with {@code Q}
     * (queja: {@code JGE/QPAN/JL/AGS/545/2006}, {@code SCG/QCG/001/2009},
     * {@code UT/SCG/Q/PAN/CG/23/2017}) or {@code PE}/{@code P} (procedimiento especial or
     * oficioso: {@code SCG/PE/PRD/CG/015/2009}) among the first two units.
     */
    public boolean isComplaintNumber() {
        if (value.startsWith("P-") || value.startsWith("Q-")) {
            return true; // P-CFRPAP28/04, Q-UFRPP02/08: the fiscalization unit's procedimientos and quejas
        }
        String[] parts = value.split("/");
        for (int u = 1; u < Math.min(parts.length - 1, 3); u++) {
            String unit = parts[u];
            if (unit.equals("PE") || unit.equals("P") || unit.startsWith("Q") && unit.length() <= 8 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return true;
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
     * ({@link IdentifierRepair}), upper case, no whitespace, otherwise as written: an extra slash
     * stays ({@code INE/CG/195/2015}; {@link #attachedForm()} gives the usual spelling for search).
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
        String[] parts = hasWhitespace(stripped) || stripped.indexOf('!') >= 0 ? SPLIT.split(stripped, -1) : stripped.split("/", -1);
        if (parts.length == 2) {
            return bodyless(parts);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = IdentifierRepair.part(parts[i], i == 0);
        }
        String repaired = String.join("/", parts).toUpperCase(Locale.ROOT);
        if (!WHOLE.matcher(repaired).matches()) {
            return Optional.empty();
        }
        String canonical = hasWhitespace(repaired) ? WHITESPACE.matcher(repaired).replaceAll("") : repaired;
        return hasNumberAndYear(canonical) ? Optional.of(canonical) : Optional.empty();
    }

    /** {@code CG112/2010}, {@code DJ-1092/2006}: see {@link #BODYLESS}. */
    private static Optional<String> bodyless(String[] parts) {
        String repaired = (IdentifierRepair.part(parts[0], false) + "/" + IdentifierRepair.part(parts[1], false)).toUpperCase(Locale.ROOT);
        if (!WHOLE_BODYLESS.matcher(repaired).matches()) {
            return Optional.empty();
        }
        String canonical = hasWhitespace(repaired) ? WHITESPACE.matcher(repaired).replaceAll("") : repaired;
        // TEEDJE-012/2023: a case number whose first hyphen OCR lost.
        int hyphen = canonical.indexOf('-');
        if (hyphen > 0 && canonical.lastIndexOf('-') == hyphen) {
            Optional<String> split = Issuers.courtAndKind(canonical.substring(0, hyphen));
            if (split.isPresent() && WHOLE_EXPEDIENTE.matcher(split.get() + canonical.substring(hyphen)).matches()) {
                return Optional.of(split.get() + canonical.substring(hyphen));
            }
        }
        return Optional.of(canonical);
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number written with the unit's number attached where the issuer writes it so
     * ({@code INE/CG/195/2015} gives {@code INE/CG195/2015}), else this number; search looks for
     * both spellings.
     */
    public String attachedForm() {
        String[] parts = value.split("/");
        if (parts.length == 4 && Issuers.attachesNumber(parts[0], parts[1])
                && isNumber(parts[2]) && parts[3].length() == 4 && isYear(parts[3])) {
            return parts[0] + "/" + parts[1] + parts[2] + "/" + parts[3];
        }
        return value;
    }

    /**
     * Whether the number names no issuing body: the IFE's {@code CG112/2010}, a unit's
     * {@code DJ/2890/06}. Its first part is then a unit, not a body.
     */
    public boolean isBodyless() {
        int slash = value.indexOf('/');
        if (value.indexOf('/', slash + 1) < 0) {
            return true;
        }
        String second = value.substring(slash + 1, value.indexOf('/', slash + 1));
        return isNumber(second) && value.indexOf('/', value.indexOf('/', slash + 1) + 1) < 0 && !isExpediente();
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
        if (firstNumber == 1 && numbers == 2) {
            // DJ/2890/06: a unit's oficio without the body; the year must come last, and a number
            // that looks like a year before a two-digit part is a date's year and month, not this.
            String last = parts[2];
            return isYear(last) && !(last.length() == 2 && parts[1].length() == 4 && isYear(parts[1]));
        }
        if (firstNumber < 2) {
            return false; // no unit
        }
        for (int u = 1; u < firstNumber; u++) {
            // SCG/PE/JFPM/JL/OAX/098/PEF/14/2011: a complaint renumbered in a second series keeps
            // its first number among the units.
            if (!isUnit(parts[u]) && !(u > 1 && isNumber(parts[u]))) {
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
            boolean sessionDay = c == ':' && i + 1 < part.length() && isAsciiDigit(part.charAt(i + 1)); // CRFE-05SE:12
            if (!(isCapital(c) || isAsciiDigit(c) || sessionDay || c == '-' && part.charAt(i - 1) != '-')) {
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
