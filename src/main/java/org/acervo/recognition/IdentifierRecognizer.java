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
                    + "(?![\\p{L}\\p{N}]|\\s{0,3}/)");

    /** A tribunal's case number, with the same fences as {@link #IN_TEXT}; {@code SN-2019-883} has no slash. */
    private static final Pattern EXPEDIENTE_IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}/@._:\\\\-])" + Identifier.EXPEDIENTE + "(?![\\p{L}\\p{N}]|\\s{0,3}/|-\\p{N})");

    /** @return the numbers on the page in text order */
    List<FoundIdentifier> find(String page) {
        List<int[]> spans = new ArrayList<>();
        List<Identifier> identifiers = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(page);
        Matcher e = EXPEDIENTE_IN_TEXT.matcher(page);
        boolean moreNumbers = m.find();
        boolean moreExpedientes = e.find();
        // Two kinds of number, merged in text order; their shapes never overlap.
        while (moreNumbers || moreExpedientes) {
            Matcher next = !moreExpedientes || (moreNumbers && m.start() < e.start()) ? m : e;
            Optional<Identifier> identifier = Identifier.tryParse(next.group());
            if (identifier.isPresent()) {
                identifiers.add(identifier.get());
                spans.add(new int[] {next.start(), next.end()});
            }
            if (next == m) {
                moreNumbers = m.find();
            } else {
                moreExpedientes = e.find();
            }
        }
        List<MentionType> types = IdentifierTypes.classify(page, identifiers, spans);
        List<FoundIdentifier> found = new ArrayList<>(identifiers.size());
        for (int i = 0; i < identifiers.size(); i++) {
            found.add(new FoundIdentifier(identifiers.get(i), types.get(i), spans.get(i)[0], spans.get(i)[1]));
        }
        return found;
    }
}
