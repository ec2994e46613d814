package org.acervo.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether each number on a page is an oficio, an acuerdo, a circular or an expediente.
 *
 * <p>A tribunal's case number ({@code SUP-RAP-123/2021}) is an expediente unless the word acuerdo
 * introduces it (a comité's {@code CT-IECM-05/2023}).
 * <p>A {@code CG} or {@code JGE} unit makes an acuerdo whatever the words around it. Otherwise
 * the nearest of the words acuerdo, circular or oficio (singular or plural, any case) decides,
 * if it comes at most {@value #MAX_WORDS_BETWEEN} words before the number in the same sentence.
 * A number that only continues a list ({@code los acuerdos A, B y C}) takes the word that
 * introduced the list. Anything else is an oficio, the commonest kind.
 */
final class IdentifierTypes {

    /** How far back to look for an introducing word; a few words of Spanish fit easily. */
    private static final int WINDOW = 100;

    /** "Acuerdo de integración del ..." is still introducing; four words and more rarely are. */
    private static final int MAX_WORDS_BETWEEN = 3;

    /** Matched on folded text, so ACUERDO and Acuerdos count; each may take a plural ending. */
    private static final String[] KEYWORDS = {"acuerdo", "circular", "oficio"};
    private static final MentionType[] TYPES = {MentionType.ACUERDO, MentionType.CIRCULAR, MentionType.OFICIO};

    /** What may stand between two numbers of one list: a comma, a conjunction, or both. */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s{0,3}(?:,\\s{0,3})?(?:(?:y|e|o|u|así como)\\s{1,3})?");

    /** Where an introducing word stops applying: a semicolon, a blank line or a new sentence. */
    private static final Pattern BREAK = Pattern.compile(";|\\n\\s*\\n|[.!?]\\s+\\p{Lu}\\p{Ll}");


    private IdentifierTypes() {
    }

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
            if (introduced == null && i > 0 && LIST_JOIN.matcher(page.substring(previousEnd, start)).matches()) {
                introduced = listType;
            }
            listType = introduced;
            if (identifiers.get(i).isExpediente()) {
                types.add(introduced == MentionType.ACUERDO ? MentionType.ACUERDO : MentionType.EXPEDIENTE);
            } else if (identifiers.get(i).isAcuerdoNumber()) {
                types.add(MentionType.ACUERDO);
            } else {
                types.add(introduced == null ? MentionType.OFICIO : introduced);
            }
            previousEnd = spans.get(i)[1];
        }
        return types;
    }

    /** The type named by the last keyword in [from, to), if it is close enough to {@code to}. */
    private static MentionType introducedBy(String page, String folded, int from, int to) {
        // lastIndexOf per keyword is far cheaper than a regex alternation tried at every position.
        int best = -1;
        int keywordEnd = -1;
        MentionType type = null;
        for (int k = 0; k < KEYWORDS.length; k++) {
            int end = lastWord(folded, KEYWORDS[k], from, to);
            if (end >= 0 && end > best) {
                best = end;
                keywordEnd = end;
                type = TYPES[k];
            }
        }
        if (type == null) {
            return null;
        }
        if (words(page, keywordEnd, to) > MAX_WORDS_BETWEEN) {
            return null;
        }
        return BREAK.matcher(page).region(keywordEnd, to).find() ? null : type;
    }

    /** End of the last whole-word {@code stem}, {@code stem}s or {@code stem}es in [from, to), or -1. */
    private static int lastWord(String folded, String stem, int from, int to) {
        // Not String.lastIndexOf: it would run on past "from" to the start of the page.
        for (int i = to - stem.length(); i >= from; i--) {
            if (folded.charAt(i) != stem.charAt(0) || !folded.startsWith(stem, i) || i > 0 && Character.isLetter(folded.charAt(i - 1))) {
                continue;
            }
            int end = i + stem.length();
            if (folded.startsWith("es", end) && !isLetterAt(folded, end + 2)) {
                end += 2;
            } else if (folded.startsWith("s", end) && !isLetterAt(folded, end + 1)) {
                end += 1;
            }
            if (end <= to && !isLetterAt(folded, end)) {
                return end;
            }
        }
        return -1;
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
