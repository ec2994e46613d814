package org.acervo.recognition.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.document.MentionType;
import org.acervo.recognition.text.TextFolding;
import org.acervo.recognition.text.TextScan;

/**
 * Finds document numbers and case numbers ({@link Identifier}) on one page and tells oficios,
 * acuerdos, circulars and expedientes apart.
 *
 * <p>Only capitals count in running text ({@code INE/UNICOM/4547/2021}, not {@code ine/unicom/...}):
 * prose with slashes is lower case, and requiring capitals is what keeps {@code y/o} and URLs out.
 * Stateless and thread-safe.
 */
public final class IdentifierRecognizer {

    /**
     * A number in running text. It must not continue a word, a path or a URL on the left (so
     * {@code ine.mx/2021/11} and the {@code UTC/21/104} inside a longer number are not starts),
     * and must not run on into letters, digits or another slash on the right; a number that does
     * is rejected whole rather than cut short.
     */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\p{L}\\p{N}/@._:\\\\-])(?<!/\\s{1,3})"
            + IdentifierPatterns.BODY_IN_TEXT
            + "(?:" + IdentifierPatterns.SEPARATOR + IdentifierPatterns.SEGMENT + "){"
            + IdentifierPatterns.MIN_PARTS + "," + IdentifierPatterns.MAX_PARTS + "}+"
            + "(?![\\p{L}\\p{N}~]|\\s{0,3}/)");

    /** A tribunal's case number, with the same fences as {@link #IN_TEXT}; {@code SN-2019-883} has no slash. */
    private static final Pattern EXPEDIENTE_IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}/@._:\\\\-])" + IdentifierPatterns.EXPEDIENTE + "(?![\\p{L}\\p{N}]|\\s{0,3}/|-\\p{N})");

    /**
     * A number without a body ({@code CG112/2010}, {@code DJ-1092/2006}), with the same fences and one
     * more: a póliza reference such as {@code PE-15/09-05} runs on into a hyphen and digits.
     */
    private static final Pattern BODYLESS_IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}/@._:\\\\-])" + IdentifierPatterns.BODYLESS + "(?![\\p{L}\\p{N}~]|\\s{0,3}/|-\\p{N})");

    /** Longer than any number the patterns accept (nine parts, hyphenated pieces, spaces). */
    private static final int MAX_LENGTH = 400;

    /** How far back from a slash its first part may start: ten letters of body and three spaces, or a case number's "SUP-RAP-123 ". */
    private static final int MAX_FIRST_PART = 40;

    /**
     * The spans of every number-shaped text, in text order. Every number holds a slash, so the
     * patterns are tried only at the start of the word before each slash not already inside a
     * number: a regex tried at every position of a page is what made recognition slow.
     */
    private static List<int[]> candidates(String page) {
        List<int[]> spans = new ArrayList<>();
        Matcher number = IN_TEXT.matcher(page).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher expediente =
                EXPEDIENTE_IN_TEXT.matcher(page).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher bodyless =
                BODYLESS_IN_TEXT.matcher(page).useTransparentBounds(true).useAnchoringBounds(false);
        int n = page.length();
        int taken = 0;
        for (int slash = page.indexOf('/'); slash >= 0; slash = page.indexOf('/', slash + 1)) {
            if (slash < taken) {
                continue;
            }
            int start = slash;
            while (start > 0 && slash - start < 3 && Character.isWhitespace(page.charAt(start - 1))) {
                start--;
            }
            int limit = Math.max(taken, start - MAX_FIRST_PART);
            int plain = firstPartStart(page, start, limit, false);
            int hopped = firstPartStart(page, start, limit, true);
            int spaced = spacedUnitStart(page, plain, limit);
            boolean found = false;
            int[] starts = {hopped, spaced == hopped ? -1 : spaced, plain == hopped || plain == spaced ? -1 : plain};
            for (int from : starts) {
                if (from < 0) {
                    continue;
                }
                int end = Math.min(n, from + MAX_LENGTH);
                for (Matcher m : new Matcher[] {number, expediente, bodyless}) {
                    m.region(from, end);
                    if (m.lookingAt()) {
                        spans.add(new int[] {m.start(), m.end()});
                        taken = m.end();
                        found = true;
                        break;
                    }
                }
                if (found) {
                    break;
                }
            }
        }
        return spans;
    }

    /**
     * Where the first part of a number ending at {@code start} begins: back over letters, digits
     * and hyphens, across a line break or one or two spaces after a hyphen ({@code SUP-JDC-} newline
     * {@code 1045/2015}, {@code SUP-RAP- 30/2007}),
     * and onto a bracket or bar OCR left for a body's first letter ({@code [EEQ/CG/...}).
     */
    private static int firstPartStart(String page, int start, int limit, boolean hop) {
        while (true) {
            while (start > limit && isPartChar(page.charAt(start - 1))) {
                start--;
            }
            if (!hop) {
                break;
            }
            int before = start;
            while (before > limit && (page.charAt(before - 1) == ' ' || page.charAt(before - 1) == '\t')) {
                before--;
            }
            int newlines = 0;
            while (before > limit
                    && newlines < 2
                    && (page.charAt(before - 1) == '\n'
                            || page.charAt(before - 1) == '\r'
                            || page.charAt(before - 1) == ' '
                            || page.charAt(before - 1) == '\t')) {
                if (page.charAt(before - 1) == '\n') {
                    newlines++;
                }
                before--;
            }
            if (newlines > 0 || start - before <= 2) {
                if (before > limit
                        && page.charAt(before - 1) == '-'
                        && before - 1 > limit
                        && isPartChar(page.charAt(before - 2))) {
                    start = before - 1;
                    continue;
                }
            }
            break;
        }
        if (start > 0
                && (page.charAt(start - 1) == '[' || page.charAt(start - 1) == '|' || page.charAt(start - 1) == '¡')) {
            start--;
        }
        return start;
    }

    /**
     * Where a unit typed apart from its number starts ({@code CG 119/99}, {@code P-CFRPAP}
     * newline {@code 28/04}, {@code CG 17 4/2002}), or -1: one run of spaces or one line break before
     * the number (or before the digits a space split from it), and capitals (with hyphens) before that.
     */
    private static int spacedUnitStart(String page, int number, int limit) {
        int before = number;
        int newlines = 0;
        while (before > limit
                && number - before < 6
                && (page.charAt(before - 1) == ' '
                        || page.charAt(before - 1) == '\t'
                        || page.charAt(before - 1) == '\n'
                        || page.charAt(before - 1) == '\r')) {
            newlines += page.charAt(before - 1) == '\n' ? 1 : 0;
            before--;
        }
        if (before > limit && before < number && Character.isDigit(page.charAt(before - 1))) {
            // CG 17 4/2002: an OCR layer split the number; one more run of digits and a space.
            int digits = before;
            while (digits > limit && before - digits < 3 && Character.isDigit(page.charAt(digits - 1))) {
                digits--;
            }
            if (digits > limit && page.charAt(digits - 1) == ' ') {
                before = digits - 1;
                while (before > limit && number - before < 12 && page.charAt(before - 1) == ' ') {
                    before--;
                }
            }
        }
        if (before == number
                || newlines > 1
                || before <= limit
                || !IdentifierCanonical.isCapital(page.charAt(before - 1))) {
            return -1;
        }
        int start = before;
        while (start > limit
                && (IdentifierCanonical.isCapital(page.charAt(start - 1)) || page.charAt(start - 1) == '-')) {
            start--;
        }
        // Q- newline UFRPP 15/12: the procedure's letter and hyphen end the line before.
        int hop = start;
        while (hop > limit
                && (page.charAt(hop - 1) == ' ' || page.charAt(hop - 1) == '\t' || page.charAt(hop - 1) == '\r')) {
            hop--;
        }
        if (hop > limit + 2 && page.charAt(hop - 1) == '\n') {
            int end = TextScan.skipSpacesBack(page, hop - 1, 4);
            int letters = end - 1;
            while (letters > limit && end - letters <= 4 && IdentifierCanonical.isCapital(page.charAt(letters - 1))) {
                letters--;
            }
            if (end - 1 > limit
                    && page.charAt(end - 1) == '-'
                    && letters < end - 1
                    && letters > limit
                    && !Character.isLetterOrDigit(page.charAt(letters - 1))) {
                return letters;
            }
        }
        return start;
    }

    private static boolean isPartChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    /** @return the numbers on the page in text order */
    List<FoundIdentifier> find(String page) {
        return find(page, null);
    }

    /** @param folded {@code page} folded by {@link TextFolding}, or null to fold it here if needed */
    public List<FoundIdentifier> find(String page, String folded) {
        if (page.indexOf('/') < 0) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        List<Identifier> identifiers = new ArrayList<>();
        for (int[] span : candidates(page)) {
            Optional<Identifier> identifier = Identifier.tryParse(page.substring(span[0], span[1]));
            if (identifier.isPresent()) {
                identifiers.add(identifier.get());
                spans.add(span);
            }
        }
        if (identifiers.isEmpty()) {
            return List.of();
        }
        List<MentionType> types =
                IdentifierTypes.classify(page, folded == null ? TextFolding.fold(page) : folded, identifiers, spans);
        List<FoundIdentifier> found = new ArrayList<>(identifiers.size());
        for (int i = 0; i < identifiers.size(); i++) {
            found.add(new FoundIdentifier(identifiers.get(i), types.get(i), spans.get(i)[0], spans.get(i)[1]));
        }
        return found;
    }
}
