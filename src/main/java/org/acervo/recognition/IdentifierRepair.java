package org.acervo.recognition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the damage OCR and line wrapping do to document numbers, where a part's shape makes the
 * repair certain.
 *
 * <ul>
 *   <li>In a numeric part ({@code O311}, {@code 2O22}, {@code O2l}) or the number attached to a unit
 *       ({@code CG16O1}), {@code O} is a zero and {@code I}, {@code l} are ones: the part has at
 *       least one real digit, so it is a number.</li>
 *   <li>In an acronym ({@code lNE}, {@code UNlCOM}) a lower-case {@code l} among capitals is an
 *       {@code I}.</li>
 *   <li>A hyphen at a line break ({@code INE/UNI-}, newline, {@code COM}) is hyphenation when the
 *       joined word is a known unit or both sides are digits; otherwise it is a real hyphen
 *       ({@code ACU-}, newline, {@code CG-001}) and is kept.</li>
 * </ul>
 * Nothing else is changed: a capital {@code O} in {@code DGO} is a letter.
 */
final class IdentifierRepair {

    private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("([A-ZÑa-z0-9]{1,16})-[ \\t]{0,3}\\r?\\n\\s{0,3}([A-ZÑ0-9]{1,16})");
    private static final Pattern NUMERIC = Pattern.compile("[0-9OIl]{1,8}");
    private static final Pattern UNIT_WITH_NUMBER = Pattern.compile("([A-ZÑ]{1,8} {0,2})([0-9][0-9OIl]{0,7})");
    private static final Pattern ACRONYM = Pattern.compile("[A-ZÑly]{1,16}");

    /** What OCR makes of a capital I at the start of a body. */
    private static final String FIRST_LETTER_I = "1l[|JT!L";

    /** Capitals OCR confuses, in pairs. */
    private static final String LOOK_ALIKES = "CGODUVEF";

    private IdentifierRepair() {
    }

    /** Joins or keeps each hyphen that ends a line, as described on the class. */
    static String joinLineBreaks(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        Matcher m = LINE_BREAK_HYPHEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(2);
            boolean digits = Character.isDigit(left.charAt(left.length() - 1)) && Character.isDigit(right.charAt(0));
            String joint = digits || Issuers.isKnownUnit(left + right) ? "" : "-";
            m.appendReplacement(out, Matcher.quoteReplacement(left + joint + right));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One slash-separated part, repaired; {@code first} is the issuing body. */
    static String part(String part, boolean first) {
        if (first) {
            return body(isAcronym(part) ? part.replace('l', 'I') : part);
        }
        String[] pieces = part.split("-", -1);
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = piece(pieces[i]);
        }
        return String.join("-", pieces);
    }

    /**
     * A body the registry does not know whose first letter OCR misread, put right when the
     * registry knows the body with an {@code I} there: {@code 1EEG}, {@code [EEQ}, {@code JEEPCO}
     * and {@code |EEM} are {@code IEEG}, {@code IEEQ}, {@code IEEPCO} and {@code IEEM}. The bodies
     * of the registry start with {@code I} far more often than with any other letter, and a
     * misread {@code I} is the commonest damage.
     */
    private static String body(String body) {
        if (body.length() < 3 || Issuers.isKnownBody(body) || FIRST_LETTER_I.indexOf(body.charAt(0)) < 0) {
            return body;
        }
        String repaired = "I" + body.substring(1);
        return Issuers.isKnownBody(repaired) ? repaired : body;
    }

    /**
     * A unit the registry does not know, put right when swapping one letter for its OCR look-alike
     * gives a unit it knows: {@code CCTI} is {@code CGTI}. Units of three letters or fewer are left
     * alone: too many short units are one letter apart.
     */
    private static String unit(String unit) {
        if (unit.length() < 4 || Issuers.isKnownUnit(unit)) {
            return unit;
        }
        for (int i = 0; i < unit.length(); i++) {
            int look = LOOK_ALIKES.indexOf(unit.charAt(i));
            if (look < 0) {
                continue;
            }
            char other = LOOK_ALIKES.charAt(look % 2 == 0 ? look + 1 : look - 1);
            String repaired = unit.substring(0, i) + other + unit.substring(i + 1);
            if (Issuers.isKnownUnit(repaired)) {
                return repaired;
            }
        }
        return unit;
    }

    private static String piece(String piece) {
        if (!hasDigit(piece)) {
            return unit(isAcronym(piece) ? piece.replace('l', 'I') : piece);
        }
        int apostrophe = Math.max(piece.indexOf('\''), piece.indexOf('’'));
        if (apostrophe > 0) {
            piece = piece.substring(0, apostrophe) + piece.substring(apostrophe + 1); // 20'17: a speck read as an apostrophe
        }
        if (piece.indexOf('O') < 0 && piece.indexOf('I') < 0 && piece.indexOf('l') < 0) {
            return piece; // digits with nothing to repair: the common case
        }
        if (NUMERIC.matcher(piece).matches()) {
            return digits(piece);
        }
        Matcher unit = UNIT_WITH_NUMBER.matcher(piece);
        return unit.matches() ? unit.group(1) + digits(unit.group(2)) : piece;
    }

    private static boolean isAcronym(String text) {
        if (text.indexOf('l') < 0) {
            return false; // nothing to repair; the caller leaves it as it is either way
        }
        boolean capital = false;
        for (int i = 0; i < text.length() && !capital; i++) {
            capital = text.charAt(i) >= 'A' && text.charAt(i) <= 'Z' || text.charAt(i) == 'Ñ';
        }
        return capital && ACRONYM.matcher(text).matches();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String digits(String text) {
        return text.replace('O', '0').replace('I', '1').replace('l', '1');
    }
}
