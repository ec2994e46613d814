package org.acervo.recognition.identifier;

import java.util.Optional;

/**
 * Finds the one document number a page break may cut in two: {@code INE/UNICOM/} at the foot of a
 * page and {@code 0611/2022} at the head of the next.
 *
 * <p>The foot of the page and the head of the next are joined by a newline and searched like a
 * page; a number that starts in the foot and ends in the head is the cut one. It is reported on
 * the first page, its span running from where it starts to the end of that page's text.
 */
public final class PageBreaks {

    /** Enough of the foot to hold a number and the word (oficio, acuerdo) that introduces it. */
    private static final int FOOT = 160;

    /** Enough of the head to hold the rest of a number. */
    private static final int HEAD = 60;

    private PageBreaks() {}

    /** @return the number cut between {@code page} and {@code next}, with offsets into {@code page} */
    public static Optional<FoundIdentifier> across(String page, String next, IdentifierRecognizer recognizer) {
        int footEnd = page.stripTrailing().length();
        String head = next.stripLeading();
        if (footEnd == 0 || head.isEmpty()) {
            return Optional.empty();
        }
        int footStart = Math.max(0, footEnd - FOOT);
        String foot = page.substring(footStart, footEnd);
        String joined = foot + "\n" + head.substring(0, Math.min(HEAD, head.length()));
        for (FoundIdentifier id : recognizer.find(joined)) {
            if (id.start() < foot.length() && id.end() > foot.length() + 1) {
                return Optional.of(new FoundIdentifier(id.identifier(), id.type(), footStart + id.start(), footEnd));
            }
        }
        return Optional.empty();
    }
}
