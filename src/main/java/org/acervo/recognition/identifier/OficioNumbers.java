package org.acervo.recognition.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.document.MentionType;
import org.acervo.recognition.text.TextScan;

/**
 * Finds oficio numbers that only the word "oficio" right before makes numbers, where the sentence
 * says they are oficios:
 * <ul>
 *   <li>typed with a space between unit and number: "mediante oficio STCFRPAP 1796/06", "los oficios
 *       STCFRPAP 1796/06 y STCFRPAP 1862/06", written without the space ({@code STCFRPAP1796/06});</li>
 *   <li>numbered without a unit or in a federal office's own way: "el oficio 1294/2006", "mediante
 *       oficio 200/119/2002", "oficio No. 110.-2027", "oficio 13015/DGAPMDE/FEPADE/2003",
 *       "oficio número JD/03/439/06", as written ({@link Identifier#keyed}).</li>
 * </ul>
 *
 * <p>Capitals, a space and a number are a heading or a label as often as a number ("ANEXO 2/2006",
 * "PUNTO 4/06"), and a bare number and year says nothing by itself ({@code 181/2004} in a table
 * cell), so {@link IdentifierRecognizer} reads neither; here the word "oficio" says what they are.
 */
public final class OficioNumbers {

    /** What may follow "oficio" or "oficios" before the number: "número", "núm." or "No.", folded. */
    private static final Pattern CUE_REST = Pattern.compile("s?(?:\\s{1,3}(?:numero|num\\.|no\\.))?\\s{1,3}");

    /** A unit of 2 to 10 capitals, one or two spaces, a number, a slash and a year: {@code STCFRPAP 1796/06}. */
    private static final Pattern SPACED =
            Pattern.compile("[A-ZÑ]{2,10}[ \\t]{1,2}[0-9]{1,5}/(?:(?:19|20)[0-9]{2}|[0-9]{2})(?![\\p{N}/])");

    /**
     * A number without a known unit ({@link Identifier#KEYED_SHAPE}) that runs on into nothing. Digits
     * alone ("oficio 1587 de la Corte Suprema") are left out: too many counts and amounts follow the word.
     */
    private static final Pattern KEYED =
            Pattern.compile(Identifier.KEYED_SHAPE + "(?![\\p{L}\\p{N}~]|[/.-]\\p{N}|\\s{0,2}/)");

    /** What joins the numbers of one list: a comma or "y". */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s{0,3}(?:,|y|e)\\s{0,3}");

    private OficioNumbers() {}

    /** The spaced oficio numbers of one page, in text order. */
    public static List<FoundIdentifier> find(String page, String folded) {
        if (folded.indexOf("oficio") < 0) {
            return List.of();
        }
        List<FoundIdentifier> found = new ArrayList<>();
        Matcher rest = CUE_REST.matcher(folded);
        Matcher number = SPACED.matcher(page);
        Matcher keyed = KEYED.matcher(page).useTransparentBounds(true).useAnchoringBounds(false);
        // indexOf, not a pattern's find: most pages name many oficios, and a scan per page cost a fifth of recognition.
        for (int word = folded.indexOf("oficio"); word >= 0; word = folded.indexOf("oficio", word + 6)) {
            if (word > 0 && Character.isLetter(folded.charAt(word - 1))
                    || !rest.region(word + 6, Math.min(folded.length(), word + 24))
                            .lookingAt()
                    || rest.end() >= page.length()
                    || !IdentifierCanonical.isCapital(page.charAt(rest.end()))
                            && !TextScan.isAsciiDigit(page.charAt(rest.end()))) {
                continue;
            }
            int at = rest.end();
            while (true) {
                Matcher one = number.region(at, Math.min(page.length(), at + 24))
                                .lookingAt()
                        ? number
                        : keyed.region(at, Math.min(page.length(), at + 48)).lookingAt() ? keyed : null;
                if (one == null) {
                    break;
                }
                String written = page.substring(one.start(), one.end());
                // A number the full grammar reads (INE/UNICOM/4547/2021, DJ/2890/06) is the recognizer's already: keyed
                // refuses known bodies.
                Optional<Identifier> id = one == number
                        ? Identifier.tryParse(written.replace(" ", "").replace("\t", ""))
                        : Identifier.keyed(written);
                if (id.isPresent()) {
                    found.add(new FoundIdentifier(id.get(), MentionType.OFICIO, one.start(), one.end()));
                }
                Matcher join = LIST_JOIN.matcher(folded).region(one.end(), Math.min(folded.length(), one.end() + 8));
                if (!join.lookingAt() || join.end() == one.end()) {
                    break;
                }
                at = join.end();
            }
        }
        return found;
    }
}
