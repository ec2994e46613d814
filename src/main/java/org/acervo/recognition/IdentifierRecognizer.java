package org.acervo.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers and case numbers ({@link Identifier}) on one page and tells oficios,
 * acuerdos, circulars and expedientes apart.
 *
 * <p>Only capitals count in running text ({@code INE/UNICOM/4547/2021}, not {@code ine/unicom/...}):
 * prose with slashes is lower case, and requiring capitals is what keeps {@code y/o} and URLs out.
 * Stateless and thread-safe.
 */
final class IdentifierRecognizer {

    /**
     * A number in running text. It must not continue a word, a path or a URL on the left (so
     * {@code ine.mx/2021/11} and the {@code UTC/21/104} inside a longer number are not starts),
     * and must not run on into letters, digits or another slash on the right; a number that does
     * is rejected whole rather than cut short.
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}/@._:\\\\-])(?<!/\\s{1,3})"
                    + Identifier.BODY
                    + "(?:" + Identifier.SEPARATOR + Identifier.SEGMENT + "){"
                    + Identifier.MIN_PARTS + "," + Identifier.MAX_PARTS + "}+"
                    + "(?![\\p{L}\\p{N}~]|\\s{0,3}/)");

    /** A tribunal's case number, with the same fences as {@link #IN_TEXT}; {@code SN-2019-883} has no slash. */
    private static final Pattern EXPEDIENTE_IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}/@._:\\\\-])" + Identifier.EXPEDIENTE + "(?![\\p{L}\\p{N}]|\\s{0,3}/|-\\p{N})");

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
        Matcher expediente = EXPEDIENTE_IN_TEXT.matcher(page).useTransparentBounds(true).useAnchoringBounds(false);
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
            while (start > limit && isPartChar(page.charAt(start - 1))) {
                start--;
            }
            int end = Math.min(n, start + MAX_LENGTH);
            for (Matcher m : new Matcher[] {number, expediente}) {
                m.region(start, end);
                if (m.lookingAt()) {
                    spans.add(new int[] {m.start(), m.end()});
                    taken = m.end();
                    break;
                }
            }
        }
        return spans;
    }

    private static boolean isPartChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    /** @return the numbers on the page in text order */
    List<FoundIdentifier> find(String page) {
        return find(page, null);
    }

    /** @param folded {@code page} folded by {@link TextFolding}, or null to fold it here if needed */
    List<FoundIdentifier> find(String page, String folded) {
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
        List<MentionType> types = IdentifierTypes.classify(page, folded == null ? TextFolding.fold(page) : folded, identifiers, spans);
        List<FoundIdentifier> found = new ArrayList<>(identifiers.size());
        for (int i = 0; i < identifiers.size(); i++) {
            found.add(new FoundIdentifier(identifiers.get(i), types.get(i), spans.get(i)[0], spans.get(i)[1]));
        }
        return found;
    }
}
