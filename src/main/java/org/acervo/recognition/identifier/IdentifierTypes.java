package org.acervo.recognition.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.acervo.document.MentionType;
import org.acervo.recognition.text.RecognitionData;
import org.acervo.recognition.text.TextFolding;

/**
 * Decides whether each number on a page is an oficio, an acuerdo, a circular or an expediente.
 *
 * <p>The introducing word is the nearest word of {@code identifier-types.properties} (acuerdo,
 * circular, oficio; expediente, queja, procedimiento; singular or plural, any case) if it comes at
 * most {@value #MAX_WORDS_BETWEEN} words before the number in the same sentence. A number that only
 * continues a list ({@code los acuerdos A, B y C}) takes the word that introduced the list. Then,
 * first rule first:
 * <ol>
 *   <li>a tribunal's case number ({@code SUP-RAP-123/2021}) is an expediente unless the word acuerdo
 *       or oficio introduces it (a comité's acuerdo {@code CT-IECM-05/2023}, a Sala's oficio
 *       {@code SG-SGA-OA-123/2017});</li>
 *   <li>a number attached to a {@code CG} or {@code JGE} unit ({@code INE/CG329/2017}) is an acuerdo
 *       whatever the words around it: that is the council's own series;</li>
 *   <li>a number introduced by expediente, queja or procedimiento is an expediente, even with a
 *       {@code CG} unit of its own ({@code SCG/PE/PRD/CG/015/2009}: a complaint the Consejo General
 *       brought);</li>
 *   <li>a complaint's number ({@code JGE/QPAN/JL/AGS/545/2006}, {@code SCG/PE/PRD/CG/015/2009}: see
 *       {@link Identifier#isComplaintNumber()}) is an expediente unless the word acuerdo or oficio
 *       introduces it;</li>
 *   <li>any other {@code CG} or {@code JGE} unit makes an acuerdo ({@code IEPC/CG/01/2025});</li>
 *   <li>otherwise the introducing word decides, and with none the number is an oficio, the commonest kind.</li>
 * </ol>
 */
final class IdentifierTypes {

    /** How far back to look for an introducing word; a few words of Spanish fit easily. */
    private static final int WINDOW = 100;

    /** "Acuerdo de integración del ..." is still introducing; four words and more rarely are. */
    private static final int MAX_WORDS_BETWEEN = 3;

    /** Introducing words by the type each names, from {@code identifier-types.properties}. */
    private static final Properties DATA = RecognitionData.load(IdentifierTypes.class, "identifier-types.properties");

    /** Matched on folded text, so ACUERDO and Acuerdos count; each may take a plural ending. Same order as {@link #TYPES}. */
    private static final String[] KEYWORDS = DATA.stringPropertyNames().stream()
            .sorted()
            .flatMap(type -> RecognitionData.list(DATA, type).stream())
            .toArray(String[]::new);

    private static final MentionType[] TYPES = DATA.stringPropertyNames().stream()
            .sorted()
            .flatMap(type -> RecognitionData.list(DATA, type).stream().map(word -> MentionType.fromLabel(type)))
            .toArray(MentionType[]::new);

    /** What may stand between two numbers of one list: a comma, a conjunction, or both, and "y acumulados" ("SUP-JDC-101/2017 y acumulados SUP-JRC-63/2017"). */
    private static final Pattern LIST_JOIN = Pattern.compile(
            "\\s{0,3}(?:,\\s{0,3})?(?:(?:y|e|o|u|así como)\\s{1,3})?(?:(?:sus\\s{1,3})?acumulad[ao]s?\\s{1,3})?");

    /** Where an introducing word stops applying: a semicolon, a blank line or a new sentence. */
    private static final Pattern BREAK = Pattern.compile(";|\\n\\s*\\n|[.!?]\\s+\\p{Lu}\\p{Ll}");

    private IdentifierTypes() {}

    /**
     * @param folded      the page folded by {@link TextFolding}
     * @param identifiers the numbers on the page, in text order
     * @param spans       their {start, end} offsets in the page, same order
     * @return one type per number, same order
     */
    static List<MentionType> classify(String page, String folded, List<Identifier> identifiers, List<int[]> spans) {
        List<MentionType> types = new ArrayList<>(identifiers.size());
        MentionType listType = null;
        int previousEnd = 0;
        for (int i = 0; i < identifiers.size(); i++) {
            int start = spans.get(i)[0];
            MentionType introduced = introducedBy(page, folded, Math.max(previousEnd, start - WINDOW), start);
            if (introduced == null
                    && i > 0
                    && LIST_JOIN.matcher(page.substring(previousEnd, start)).matches()) {
                introduced = listType;
            }
            listType = introduced;
            types.add(type(identifiers.get(i), introduced));
            previousEnd = spans.get(i)[1];
        }
        return types;
    }

    /** The rules of the class comment, in order. */
    private static MentionType type(Identifier identifier, MentionType introduced) {
        if (identifier.isExpediente()) {
            return introduced == MentionType.ACUERDO || introduced == MentionType.OFICIO
                    ? introduced
                    : MentionType.EXPEDIENTE;
        }
        if (identifier.isNumberedAcuerdo()) {
            return MentionType.ACUERDO;
        }
        if (introduced == MentionType.EXPEDIENTE) {
            return MentionType.EXPEDIENTE;
        }
        if (identifier.isComplaintNumber() && introduced != MentionType.OFICIO && introduced != MentionType.ACUERDO) {
            return MentionType.EXPEDIENTE;
        }
        if (identifier.isAcuerdoNumber()) {
            return MentionType.ACUERDO;
        }
        return introduced == null ? MentionType.OFICIO : introduced;
    }

    /** The type named by the last keyword in [from, to), if it is close enough to {@code to}. */
    private static MentionType introducedBy(String page, String folded, int from, int to) {
        // One pass back from the number over word starts, far cheaper than a regex alternation.
        int keywordEnd = -1;
        MentionType type = null;
        for (int i = to - 1; i >= from && type == null; i--) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z' || i > 0 && Character.isLetter(folded.charAt(i - 1))) {
                continue;
            }
            for (int k = 0; k < KEYWORDS.length; k++) {
                int end = wordEnd(folded, KEYWORDS[k], i);
                if (end >= 0 && end <= to) {
                    keywordEnd = end;
                    type = TYPES[k];
                    break;
                }
            }
        }
        if (type == null || words(page, keywordEnd, to) > MAX_WORDS_BETWEEN) {
            return null;
        }
        return BREAK.matcher(page).region(keywordEnd, to).find() ? null : type;
    }

    /** End of the whole word {@code stem}, {@code stem}s or {@code stem}es starting at {@code i}, or -1. */
    private static int wordEnd(String folded, String stem, int i) {
        if (folded.charAt(i) != stem.charAt(0) || !folded.startsWith(stem, i)) {
            return -1;
        }
        int end = i + stem.length();
        if (folded.startsWith("es", end) && !isLetterAt(folded, end + 2)) {
            end += 2;
        } else if (folded.startsWith("s", end) && !isLetterAt(folded, end + 1)) {
            end += 1;
        }
        return isLetterAt(folded, end) ? -1 : end;
    }

    private static boolean isLetterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static int words(String text, int from, int to) {
        int words = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !in) {
                words++;
            }
            in = wordChar;
        }
        return words;
    }
}
