package org.acervo.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds oficio numbers typed with a space between their unit and their number, where the sentence
 * says they are oficios: "mediante oficio STCFRPAP 1796/06", "los oficios STCFRPAP 1796/06 y
 * STCFRPAP 1862/06". Each is an oficio, written without the space ({@code STCFRPAP1796/06}).
 *
 * <p>Capitals, a space and a number are a heading or a label as often as a number ("ANEXO 2/2006",
 * "PUNTO 4/06"), so {@link IdentifierRecognizer} reads them only for the council's series and the
 * fiscalization procedures; here the word "oficio" right before says what they are.
 */
final class OficioNumbers {

    /** What may follow "oficio" or "oficios" before the number: "número", "núm." or "No.", folded. */
    private static final Pattern CUE_REST = Pattern.compile("s?(?:\\s{1,3}(?:numero|num\\.|no\\.))?\\s{1,3}");

    /** A unit of 2 to 10 capitals, one or two spaces, a number, a slash and a year: {@code STCFRPAP 1796/06}. */
    private static final Pattern SPACED = Pattern.compile("[A-ZÑ]{2,10}[ \\t]{1,2}[0-9]{1,5}/(?:(?:19|20)[0-9]{2}|[0-9]{2})(?![\\p{N}/])");

    /** What joins the numbers of one list: a comma or "y". */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s{0,3}(?:,|y|e)\\s{0,3}");

    private OficioNumbers() {
    }

    /** The spaced oficio numbers of one page, in text order. */
    static List<FoundIdentifier> find(String page, String folded) {
        if (folded.indexOf("oficio") < 0) {
            return List.of();
        }
        List<FoundIdentifier> found = new ArrayList<>();
        Matcher rest = CUE_REST.matcher(folded);
        Matcher number = SPACED.matcher(page);
        // indexOf, not a pattern's find: most pages name many oficios, and a scan per page cost a fifth of recognition.
        for (int word = folded.indexOf("oficio"); word >= 0; word = folded.indexOf("oficio", word + 6)) {
            if (word > 0 && Character.isLetter(folded.charAt(word - 1))
                    || !rest.region(word + 6, Math.min(folded.length(), word + 24)).lookingAt()
                    || rest.end() >= page.length() || !IdentifierCanonical.isCapital(page.charAt(rest.end()))) {
                continue;
            }
            int at = rest.end();
            while (number.region(at, Math.min(page.length(), at + 24)).lookingAt()) {
                String written = page.substring(number.start(), number.end());
                Identifier.tryParse(written.replace(" ", "").replace("\t", ""))
                        .ifPresent(id -> found.add(new FoundIdentifier(id, MentionType.OFICIO, number.start(), number.end())));
                Matcher join = LIST_JOIN.matcher(folded).region(number.end(), Math.min(folded.length(), number.end() + 8));
                if (!join.lookingAt() || join.end() == number.end()) {
                    break;
                }
                at = join.end();
            }
        }
        return found;
    }
}
