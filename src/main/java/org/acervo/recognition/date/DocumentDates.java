package org.acervo.recognition.date;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.recognition.text.TextFolding;

/**
 * Decides which of the dates found in a document is the document's own, by three rules in order
 * of trust:
 * <ol>
 *   <li>the date of the document's statement of its own approval, anywhere in it, the last such
 *       statement first: "El presente Acuerdo fue aprobado en sesión extraordinaria del Consejo
 *       General celebrada el 20 de julio de 2017". INE acuerdos hold their antecedents' dates on
 *       page 1 and their own at the end;</li>
 *   <li>a dated place line, the first on page 1, else the last on the last page: "Victoria de
 *       Durango, Dgo., a 04 de marzo de 2025", "Ciudad de México, a cinco de abril de dos mil
 *       diecisiete"; or a date labelled as the document's, "Última fecha de actualización: ...";</li>
 *   <li>the first full date on page 1; failing that, the first full date within the first
 *       {@value #REACH} characters of the pages read in order.</li>
 * </ol>
 * Only full dates (day, month and year written) count. The first two rules are
 * {@link ApprovalStatements} and {@link DatedLines}; their words are data, in
 * {@code document-date.properties}.
 */
public final class DocumentDates {

    /** How far into the document the fallback rule takes a date to still be the document's own. */
    static final int REACH = 1_500;

    /** The words of the first two rules. */
    static final String RESOURCE = "document-date.properties";

    private DocumentDates() {}

    /**
     * @param pages  each page's text, first page first
     * @param folded the same pages folded by {@link TextFolding}
     * @param dates  each page's dates, in text order
     * @return the document's own date, if any rule finds one
     */
    public static Optional<FoundDate> of(List<String> pages, List<String> folded, List<List<FoundDate>> dates) {
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        Optional<FoundDate> date = ApprovalStatements.date(pages, folded, dates);
        if (date.isEmpty()) {
            date = DatedLines.date(pages, folded, dates);
        }
        return date.isPresent() ? date : firstDate(pages, folded, dates);
    }

    /**
     * A heading that opens what went before the document: "ANTECEDENTES", "RESULTANDOS",
     * "CONSIDERANDOS", "VISTOS", on a line of its own, also spaced out ("C o n s i d e r a n d o"),
     * folded. The dates after it are its antecedents', not the document's own.
     */
    private static final Pattern ANTECEDENTS =
            Pattern.compile("(?m)^[ \\t]*(?:" + spaced("antecedentes") + "|" + spaced("resultandos?") + "|"
                    + spaced("considerandos?") + "|" + spaced("vistos") + ")[ \\t]*[:.]?[ \\t]*$");

    /** A numbered item of a list, as antecedents are told: "1. El 10 de febrero de 2014 ...", "IV. Con fecha ...", folded. */
    private static final Pattern NUMBERED = Pattern.compile("[ \\t]*(?:[0-9]{1,3}|[ivxl]{1,6})[.)][ \\t-]");

    /** Whether the paragraph holding {@code at} opens with an item number. */
    private static boolean inNumberedItem(String folded, int at) {
        int paragraph = folded.lastIndexOf("\n\n", at);
        int start = paragraph < 0 ? 0 : paragraph + 2;
        return NUMBERED.matcher(folded)
                .region(start, Math.min(folded.length(), start + 12))
                .lookingAt();
    }

    private static String spaced(String word) {
        StringBuilder regex = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c == '?') {
                regex.append('?');
            } else {
                regex.append(regex.length() == 0 ? "" : "[ \\t]?").append(c);
            }
        }
        return regex.toString();
    }

    /**
     * The third rule: the first full date on page 1, else within the first {@value #REACH} characters;
     * never one after a heading of antecedents nor in a numbered item (a dictamen that dates nothing
     * of its own would otherwise take "1. El 10 de febrero de 2014, se publicó ..." as its date).
     */
    private static Optional<FoundDate> firstDate(List<String> pages, List<String> folded, List<List<FoundDate>> dates) {
        int offset = 0;
        for (int p = 0; p < pages.size(); p++) {
            Matcher heading = ANTECEDENTS.matcher(folded.get(p));
            int antecedents = heading.find() ? heading.start() : Integer.MAX_VALUE;
            for (FoundDate date : dates.get(p)) {
                if (date.start() >= antecedents) {
                    return Optional.empty();
                }
                if (date.isFull()
                        && (p == 0 || offset + date.end() <= REACH)
                        && !inNumberedItem(folded.get(p), date.start())) {
                    return Optional.of(date);
                }
            }
            offset += pages.get(p).length();
            if (offset >= REACH) {
                break;
            }
        }
        return Optional.empty();
    }
}
