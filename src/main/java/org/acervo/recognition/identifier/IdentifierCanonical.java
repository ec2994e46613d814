package org.acervo.recognition.identifier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.acervo.recognition.text.TextScan;

/**
 * Reads text that is exactly one document number into its canonical form, or refuses it: the
 * repairs of {@link IdentifierRepair}, the whole-number patterns of {@link IdentifierPatterns}, and
 * the checks on the order of parts the patterns cannot express. {@link Identifier} is the value
 * this produces.
 */
final class IdentifierCanonical {

    private static final Pattern WHOLE =
            Pattern.compile(IdentifierPatterns.BODY + "(?:" + IdentifierPatterns.SEPARATOR + IdentifierPatterns.SEGMENT
                    + "){" + IdentifierPatterns.MIN_PARTS + "," + IdentifierPatterns.MAX_PARTS + "}+");
    private static final Pattern WHOLE_BODYLESS = Pattern.compile(IdentifierPatterns.BODYLESS);
    private static final Pattern SPLIT = Pattern.compile(IdentifierPatterns.SEPARATOR);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private IdentifierCanonical() {}

    /**
     * The canonical form of text that is exactly one document number, in any case: OCR repaired
     * ({@link IdentifierRepair}), upper case, no whitespace, otherwise as written: an extra slash
     * stays ({@code INE/CG/195/2015}; {@link Identifier#attachedForm()} gives the usual spelling for search).
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
        if (upper.indexOf('-') > 0 && Identifier.WHOLE_EXPEDIENTE.matcher(upper).matches()) {
            return Optional.of(hasWhitespace(upper) ? WHITESPACE.matcher(upper).replaceAll("") : upper);
        }
        String[] parts = hasWhitespace(stripped) || stripped.indexOf('!') >= 0
                ? SPLIT.split(stripped, -1)
                : stripped.split("/", -1);
        if (parts.length == 2) {
            return bodyless(parts);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = IdentifierRepair.part(parts[i], i == 0);
        }
        if (parts[0].length() > 1
                && "tij".indexOf(parts[0].charAt(0)) >= 0
                && Character.isUpperCase(parts[0].charAt(1))) {
            return Optional.empty(); // tEPC that the registry could not put right: a word, not a body
        }
        String repaired = String.join("/", parts).toUpperCase(Locale.ROOT);
        if (!WHOLE.matcher(repaired).matches()) {
            return Optional.empty();
        }
        String canonical =
                hasWhitespace(repaired) ? WHITESPACE.matcher(repaired).replaceAll("") : repaired;
        return hasNumberAndYear(canonical) ? Optional.of(canonical) : Optional.empty();
    }

    /** {@code CG112/2010}, {@code DJ-1092/2006}: see {@link IdentifierPatterns#BODYLESS}. */
    private static Optional<String> bodyless(String[] parts) {
        String repaired = (IdentifierRepair.part(parts[0], false) + "/" + IdentifierRepair.part(parts[1], false))
                .toUpperCase(Locale.ROOT);
        if (!WHOLE_BODYLESS.matcher(repaired).matches()) {
            return Optional.empty();
        }
        String canonical =
                hasWhitespace(repaired) ? WHITESPACE.matcher(repaired).replaceAll("") : repaired;
        // TEEDJE-012/2023: a case number whose first hyphen OCR lost.
        int hyphen = canonical.indexOf('-');
        if (hyphen > 0 && canonical.lastIndexOf('-') == hyphen) {
            Optional<String> split = Issuers.courtAndKind(canonical.substring(0, hyphen));
            if (split.isPresent()
                    && Identifier.WHOLE_EXPEDIENTE
                            .matcher(split.get() + canonical.substring(hyphen))
                            .matches()) {
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
        if (firstNumber == 1 && numbers == 3) {
            // DG/311/1519/2005, SCAGP/200/054/2004: federal units numbered by a code of three or more
            // digits, then the number and a four-digit year; a day and month (12/05/2005) are shorter.
            return parts[1].length() >= 3
                    && !(parts[1].length() == 4 && isYear(parts[1]))
                    && parts[3].length() == 4
                    && isYear(parts[3]);
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
        return numbers == 1
                && isYear(parts[firstNumber])
                && TextScan.isAsciiDigit(lastUnit.charAt(lastUnit.length() - 1));
    }

    /** One to six digits. */
    static boolean isNumber(String part) {
        if (part.isEmpty() || part.length() > 6) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!TextScan.isAsciiDigit(part.charAt(i))) {
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
            boolean sessionDay =
                    c == ':' && i + 1 < part.length() && TextScan.isAsciiDigit(part.charAt(i + 1)); // CRFE-05SE:12
            if (!(isCapital(c) || TextScan.isAsciiDigit(c) || sessionDay || c == '-' && part.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return true;
    }

    static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z' || c == 'Ñ';
    }

    /** Two digits (21), or four digits that can be a year of this archive (1900 to 2099). */
    static boolean isYear(String digits) {
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
