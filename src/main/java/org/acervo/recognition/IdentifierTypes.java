package org.acervo.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

    /** Matched on folded text, so ACUERDO and Acuerdos count. */
    private static final Pattern KEYWORD = Pattern.compile(
            "(?<!\\p{L})(?:(?<acuerdo>acuerdos?)|(?<circular>circular(?:es)?)|oficios?)(?!\\p{L})");

    /** What may stand between two numbers of one list: a comma, a conjunction, or both. */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s{0,3}(?:,\\s{0,3})?(?:(?:y|e|o|u|así como)\\s{1,3})?");

    /** Where an introducing word stops applying: a semicolon, a blank line or a new sentence. */
    private static final Pattern BREAK = Pattern.compile(";|\\n\\s*\\n|[.!?]\\s+\\p{Lu}\\p{Ll}");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private IdentifierTypes() {
    }

    /**
     * @param identifiers the numbers on the page, in text order
     * @param spans       their {start, end} offsets in the page, same order
     * @return one type per number, same order
     */
    static List<MentionType> classify(String page, List<Identifier> identifiers, List<int[]> spans) {
        String folded = TextFolding.fold(page);
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
        Matcher m = KEYWORD.matcher(folded).region(from, to).useTransparentBounds(true);
        MentionType type = null;
        int keywordEnd = -1;
        while (m.find()) {
            type = m.group("acuerdo") != null ? MentionType.ACUERDO
                    : m.group("circular") != null ? MentionType.CIRCULAR : MentionType.OFICIO;
            keywordEnd = m.end();
        }
        if (type == null) {
            return null;
        }
        String between = page.substring(keywordEnd, to);
        if (BREAK.matcher(between).find()) {
            return null;
        }
        int words = 0;
        Matcher w = WORD.matcher(between);
        while (w.find()) {
            words++;
        }
        return words <= MAX_WORDS_BETWEEN ? type : null;
    }
}
