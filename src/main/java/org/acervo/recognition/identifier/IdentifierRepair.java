package org.acervo.recognition.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    private static final Pattern LINE_BREAK_HYPHEN =
            Pattern.compile("([A-ZÑa-z0-9]{1,16})-[ \\t]{0,3}\\r?\\n\\s{0,3}([A-ZÑ0-9]{1,16})");
    private static final Pattern NUMERIC = Pattern.compile("[0-9OIl]{1,8}");
    private static final Pattern UNIT_WITH_NUMBER = Pattern.compile("([A-ZÑ]{1,8} {0,2})([0-9][0-9OIl]{0,7})");
    private static final Pattern ACRONYM = Pattern.compile("[A-ZÑly]{1,16}");

    /** What OCR makes of a capital I at the start of a body. */
    private static final String FIRST_LETTER_I = "1l[|JT!L¡tij";

    /** Specks OCR reads before a body ({@code 1IEPC}). */
    private static final String STRAY_BEFORE = "1lI|!¡.'";

    /** Capitals OCR reads one for another, by shape. */
    private static final String[] CONFUSABLE = {"CGOQD", "ILTJ", "UV", "EF", "MN", "HN", "RB"};

    /** The round capitals, the look-alikes OCR confuses most. */
    private static final String[] ROUND = {CONFUSABLE[0]};

    private IdentifierRepair() {}

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
     * A body the registry does not know, put right when exactly one repair gives a body it knows:
     * a stray mark before it ({@code 1IEPC}), its first letter misread as a digit, a bracket, a bar
     * or another letter ({@code 1EEG}, {@code [EEQ}, {@code ¡EPC}, {@code JEEPCO}, {@code TEPC}), or one
     * letter read as its look-alike ({@code IEPO} for {@code IEPC}). Bodies of two letters are left
     * alone: the Salas' {@code SG}, {@code SM}, {@code ST}, {@code SX} are one letter apart.
     */
    private static String body(String body) {
        if (body.length() < 3 || Issuers.isKnownBody(body)) {
            return body;
        }
        Set<String> found = new TreeSet<>();
        if (STRAY_BEFORE.indexOf(body.charAt(0)) >= 0) {
            String rest = body.substring(1);
            if (Issuers.isKnownBody(rest)) {
                found.add(rest);
            } else if (rest.length() > 2
                    && FIRST_LETTER_I.indexOf(rest.charAt(0)) >= 0
                    && Issuers.isKnownBody("I" + rest.substring(1))) {
                found.add("I" + rest.substring(1)); // 1TEPC: a speck, then I read as T
            }
        }
        if (FIRST_LETTER_I.indexOf(body.charAt(0)) >= 0
                && Character.isUpperCase(body.charAt(1))
                && Issuers.isKnownBody("I" + body.substring(1))) {
            found.add("I" + body.substring(1));
        }
        if (found.isEmpty()) {
            oneAway(body, CONFUSABLE).stream().filter(Issuers::isKnownBody).forEach(found::add);
        }
        return found.size() == 1 ? found.iterator().next() : body;
    }

    /**
     * A unit the registry does not know, put right when swapping one letter for its look-alike gives
     * exactly one unit it knows: {@code CCTI} is {@code CGTI}, {@code UTO} is {@code UTC}. Units of
     * two letters are left alone (too many are one letter apart), except a council's series with its
     * number attached ({@code OG 1601}, {@code CO23}), which can only be {@code CG} or {@code JGE}.
     */
    private static String unit(String unit) {
        if (unit.length() < 3 || Issuers.isKnownUnit(unit)) {
            return unit;
        }
        Set<String> found = new TreeSet<>();
        // Three letters leave little to tell a damaged unit from another real one: only the round
        // letters, the commonest confusion, are tried there (UTO for UTC, not UTE for UTF).
        oneAway(unit, unit.length() == 3 ? ROUND : CONFUSABLE).stream()
                .filter(Issuers::isKnownUnit)
                .forEach(found::add);
        return found.size() == 1 ? found.iterator().next() : unit;
    }

    /** The letters of a unit carrying a number: an acuerdo unit ({@code CG}, {@code JGE}) if one look-alike away from one. */
    private static String numberedUnit(String letters) {
        String unit = letters.strip();
        if (Issuers.isKnownUnit(unit) || unit.length() < 2) {
            return letters;
        }
        Set<String> found = new TreeSet<>();
        oneAway(unit, CONFUSABLE).stream().filter(Issuers::isAcuerdoUnit).forEach(found::add);
        return found.size() == 1 ? letters.replace(unit, found.iterator().next()) : letters;
    }

    /** Every spelling one look-alike away: one capital swapped for another of its set in {@code sets}. */
    private static List<String> oneAway(String word, String[] sets) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            for (String set : sets) {
                if (set.indexOf(word.charAt(i)) < 0) {
                    continue;
                }
                for (char other : set.toCharArray()) {
                    if (other != word.charAt(i)) {
                        out.add(word.substring(0, i) + other + word.substring(i + 1));
                    }
                }
            }
        }
        return out;
    }

    private static String piece(String piece) {
        if (!hasDigit(piece)) {
            return unit(isAcronym(piece) ? piece.replace('l', 'I') : piece);
        }
        int apostrophe = Math.max(piece.indexOf('\''), piece.indexOf('’'));
        if (apostrophe > 0) {
            piece = piece.substring(0, apostrophe)
                    + piece.substring(apostrophe + 1); // 20'17: a speck read as an apostrophe
        }
        if (piece.indexOf('O') < 0 && piece.indexOf('I') < 0 && piece.indexOf('l') < 0) {
            // Digits, or a unit and its number (CG139): the common case, read without a regex.
            int letters = 0;
            while (letters < piece.length() && piece.charAt(letters) >= 'A' && piece.charAt(letters) <= 'Z') {
                letters++;
            }
            if (letters == 0 || letters == piece.length() || Issuers.isKnownUnit(piece.substring(0, letters))) {
                return piece;
            }
            Matcher unit = UNIT_WITH_NUMBER.matcher(piece);
            return unit.matches() ? numberedUnit(unit.group(1)) + unit.group(2) : piece;
        }
        if (NUMERIC.matcher(piece).matches()) {
            return digits(piece);
        }
        Matcher unit = UNIT_WITH_NUMBER.matcher(piece);
        return unit.matches() ? numberedUnit(unit.group(1)) + digits(unit.group(2)) : piece;
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
