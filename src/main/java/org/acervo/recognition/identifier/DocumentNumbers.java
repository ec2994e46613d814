package org.acervo.recognition.identifier;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;

/**
 * Finds the number a document gives itself: the oficio whose heading says "Oficio No.
 * IEPC/UTC/21/104", the acuerdo headed "INE/CG329/2017", the IFE resolución headed "CG28/2007" under
 * its expediente, the sentencia headed "EXPEDIENTES: SUP-JDC-101/2017".
 *
 * <p>A heading number stands at the start of its line on page 1, within its first
 * {@value #HEADING_AREA} characters, after nothing but a label ("Oficio", "Oficio Número:",
 * "Acuerdo", "Resolución", "Circular", "Expediente(s):", "Exp.") and an optional "No."/"Núm.";
 * a number cited in running text has other words before it on its line. Without a label the number
 * must stand alone on its line, as a line of running text may start with one. Of several heading
 * numbers, a document's own series (oficio, acuerdo, circular) wins over an expediente, which
 * an IFE resolución or a TEPJF sentencia names too; among those, the most recent year, since a
 * Word file's old title can survive above the real one ({@code CG220/2003} over
 * {@code CG164/2006}); then the first.
 */
public final class DocumentNumbers {

    private static final Pattern HEADING =
            Pattern.compile("(?iu)[\\s\\p{Z}]*(?:(?:oficio|circular|acuerdo|resoluci[oó]n|expedientes?|exp\\.?)\\s*)?"
                    + "(?:n[oº°]\\.?|n[uú]m(?:ero)?\\.?)?\\s*[:.]?\\s*");

    /** A label naming what the number is: a word or "No."; without one the number must stand alone on its line. */
    private static final Pattern LABEL = Pattern.compile("(?iu)\\p{L}");

    /** What may follow a heading's number on its line: punctuation, "y", "acumulados". */
    private static final Pattern LINE_END = Pattern.compile("(?iu)[\\p{P}\\s]*(?:y|acumulados?)?[\\p{P}\\s]*");

    /**
     * Whether nothing but punctuation, "y" or "acumulados" follows the number on its line: a number
     * that starts a line of running text ("TEED-JE-012/2023, así como del Acuerdo ...") is not a heading.
     */
    private static boolean aloneOnItsLine(String page, Mention m) {
        int end = page.indexOf('\n', m.end());
        String rest = page.substring(m.end(), end < 0 ? page.length() : end).strip();
        return rest.isEmpty() || LINE_END.matcher(rest).matches();
    }

    /** Headings sit at the top; a qualifying line past this is a quotation, not the document's own number. */
    static final int HEADING_AREA = 1_500;

    private DocumentNumbers() {}

    /**
     * The number a document gives itself in a heading of its first page.
     *
     * @param page     the text of its first page, null when it has none
     * @param mentions the mentions of the document (only identifiers of page 1 are read)
     */
    public static Optional<String> of(String page, List<Mention> mentions) {
        if (page == null) {
            return Optional.empty();
        }
        Mention best = null;
        for (Mention m : mentions) {
            if (!mayBeOwn(m) || m.start() > page.length()) {
                continue;
            }
            String before = page.substring(page.lastIndexOf('\n', m.start() - 1) + 1, m.start());
            if (HEADING.matcher(before).matches()
                    && (LABEL.matcher(before).find() || aloneOnItsLine(page, m))
                    && (best == null || better(m, best))) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(Mention::value);
    }

    /**
     * Whether a mention may be its document's own number: an identifier on page 1 near enough its
     * top to be in a heading. A document with none has no own number, and its first page need not
     * be read to know it.
     */
    public static boolean mayBeOwn(Mention m) {
        return m.page() == 1 && m.type().isIdentifier() && m.value() != null && m.start() < HEADING_AREA;
    }

    private static boolean better(Mention candidate, Mention best) {
        boolean candidateOwn = candidate.type() != MentionType.EXPEDIENTE;
        boolean bestOwn = best.type() != MentionType.EXPEDIENTE;
        if (candidateOwn != bestOwn) {
            return candidateOwn;
        }
        return year(candidate.value()) > year(best.value());
    }

    /** The year of a number (its four-digit part, or a two-digit last part read as 19xx/20xx); 0 when none. */
    public static int year(String value) {
        String[] parts = value.split("[/-]");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i];
            if (part.length() == 4 && part.chars().allMatch(Character::isDigit)) {
                int year = Integer.parseInt(part);
                if (year >= 1900 && year <= 2099) {
                    return year;
                }
            }
        }
        String last = parts[parts.length - 1];
        if (last.length() == 2 && last.chars().allMatch(Character::isDigit)) {
            int year = Integer.parseInt(last);
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return 0;
    }
}
