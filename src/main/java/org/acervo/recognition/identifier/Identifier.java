package org.acervo.recognition.identifier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.acervo.recognition.text.TextScan;

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
 * slashes are allowed ({@code INE / UNICOM / 4547 / 2021}). Also: a tribunal's case number
 * ({@code SUP-RAP-123/2021}), a number without a body the way the IFE wrote its acuerdos
 * ({@code CG112/2010}, {@code DJ/2890/06}), a commission's acuerdo numbered by its session
 * ({@code INE/CRFE-05SE:12/07/2016}), and, only where their place says what they are, bare numbers
 * ({@code 203/2009}, see {@link #bare}). The canonical form is upper case with no whitespace,
 * otherwise as written: leading zeros and an extra slash are kept. Placeholders
 * ({@code IEPC/SE/XXX/2025}, {@code IEPC/SE/----/2025}), dates, fractions and URLs are not identifiers.
 *
 * @param value the canonical form, also returned by {@link #toString()}
 */
public record Identifier(String value) {

    static final Pattern WHOLE_EXPEDIENTE = Pattern.compile(IdentifierPatterns.EXPEDIENTE);
    private static final Pattern BARE = Pattern.compile("[0-9]{1,4}/(?:(?:19|20)[0-9]{2}|[0-9]{2})");
    /**
     * The shape of a number the word before it makes an oficio's ({@link #keyed}, {@link OficioNumbers}):
     * digits with slashes, dots or hyphens ({@code 1294/2006}, {@code 200/119/2002}, {@code 110.-2027},
     * {@code 13015/DGAPMDE/FEPADE/2003}), or up to 12 capitals and at least two numbered parts
     * ({@code JD/03/439/06}), ending on a digit.
     */
    static final String KEYED_SHAPE =
            "(?:[0-9]{1,6}(?:(?:\\.-|[./-])[0-9A-ZÑ]{1,12}){1,5}|[A-ZÑ]{1,12}(?:/[0-9A-ZÑ]{1,12}){2,6})(?<=[0-9])";

    private static final Pattern KEYED = Pattern.compile(KEYED_SHAPE);
    /** A date written with slashes or hyphens ({@code 12/05/2006}): never a number. */
    private static final Pattern DATE_OR_YEAR =
            Pattern.compile("(?:0?[1-9]|[12][0-9]|3[01])[/-](?:0?[1-9]|1[0-2])[/-](?:(?:19|20)[0-9]{2}|[0-9]{2})");
    /** A placeholder's part: {@code XXX}, {@code ----}. */
    private static final Pattern PLACEHOLDER_PART = Pattern.compile("(?:^|/)(?:X{2,}|-{2,})(?:/|$)");

    /**
     * The value {@link #tryParse} has just produced on this thread, so that its constructor call
     * need not canonicalize it a second time; recognition spends a quarter of its time here otherwise.
     */
    private static final ThreadLocal<String> JUST_CANONICALIZED = new ThreadLocal<>();

    public Identifier {
        Objects.requireNonNull(value, "value");
        if (value != JUST_CANONICALIZED.get()
                && !IdentifierCanonical.canonicalize(value)
                        .filter(value::equals)
                        .isPresent()) {
            throw new IllegalArgumentException("not a canonical document number: \"" + value + "\"");
        }
    }

    /**
     * Reads a document number as a person or a page writes it.
     *
     * @throws IllegalArgumentException if the whole trimmed text is not one document number
     */
    public static Identifier parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new IllegalArgumentException(
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

    /**
     * A number that the word before it makes an oficio's ({@code 1294/2006}, {@code 200/119/2002},
     * {@code 110.-2027}, {@code JD/03/439/06}; see {@link OficioNumbers}), upper case without
     * whitespace, otherwise as written; empty for a date, a placeholder, or a known body's number that
     * the full grammar refused (its repair is {@link IdentifierRepair}'s, not a copy as written).
     */
    static Optional<Identifier> keyed(String written) {
        int slash = written.indexOf('/');
        if (slash > 0
                && !TextScan.isAsciiDigit(written.charAt(0))
                && Issuers.isKnownBody(written.substring(0, slash).strip())) {
            return Optional.empty(); // the cheapest test first: most numbers after "oficio" are a known body's
        }
        String value = written.chars().anyMatch(Character::isWhitespace)
                ? written.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT)
                : written.toUpperCase(java.util.Locale.ROOT);
        if (!KEYED.matcher(value).matches()
                || DATE_OR_YEAR.matcher(value).matches()
                || PLACEHOLDER_PART.matcher(value).find()) {
            return Optional.empty();
        }
        JUST_CANONICALIZED.set(value);
        try {
            return Optional.of(new Identifier(value));
        } finally {
            JUST_CANONICALIZED.remove();
        }
    }

    /** Whether a canonical value is a bare number and year ({@code 203/2009}), as {@link #bare} makes them. */
    public static boolean isBare(String value) {
        return BARE.matcher(value).matches();
    }

    /** Like {@link #parse(String)}, but empty instead of an exception; null gives empty. */
    public static Optional<Identifier> tryParse(String text) {
        Optional<String> canonical = IdentifierCanonical.canonicalize(text);
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
                while (letters < i && IdentifierCanonical.isCapital(value.charAt(letters))) {
                    letters++;
                }
                int digits = letters;
                while (digits < i && TextScan.isAsciiDigit(value.charAt(digits))) {
                    digits++;
                }
                boolean hasNumber = digits > letters
                        || i < value.length()
                                && value.charAt(i) == '-'
                                && i + 1 < value.length()
                                && TextScan.isAsciiDigit(value.charAt(i + 1));
                if (letters > start
                        && digits == i
                        && (!numbered || hasNumber)
                        && Issuers.isAcuerdoUnit(value.substring(start, letters))) {
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
            if (unit.equals("PE")
                    || unit.equals("P")
                    || unit.startsWith("Q")
                            && unit.length() <= 8
                            && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
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
     * The number written with the unit's number attached where the issuer writes it so
     * ({@code INE/CG/195/2015} gives {@code INE/CG195/2015}), else this number; search looks for
     * both spellings.
     */
    public String attachedForm() {
        String[] parts = value.split("/");
        if (parts.length == 4
                && Issuers.attachesNumber(parts[0], parts[1])
                && IdentifierCanonical.isNumber(parts[2])
                && parts[3].length() == 4
                && IdentifierCanonical.isYear(parts[3])) {
            return parts[0] + "/" + parts[1] + parts[2] + "/" + parts[3];
        }
        return value;
    }

    /**
     * Whether the number names no issuing body: the IFE's {@code CG112/2010}, a unit's
     * {@code DJ/2890/06}. Its first part is then a unit, not a body.
     */
    public boolean isBodyless() {
        if (TextScan.isAsciiDigit(value.charAt(0))) {
            return true; // 1294/2006, 110.-2027: a number that the word before it made an oficio's
        }
        int slash = value.indexOf('/');
        if (value.indexOf('/', slash + 1) < 0) {
            return true;
        }
        String second = value.substring(slash + 1, value.indexOf('/', slash + 1));
        return IdentifierCanonical.isNumber(second)
                && value.indexOf('/', value.indexOf('/', slash + 1) + 1) < 0
                && !isExpediente();
    }
}
