package org.acervo.recognition.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.document.MentionType;

/**
 * Finds the acuerdo numbers of a vote record's table, written without their unit: the IFE's
 * "Sentido de la votación" lists each acuerdo and resolución of a session as {@code 203/2009} in a
 * column headed {@code CG} ("No. CG", "CG Acuerdos", "CG Resoluciones", "CG Asunto").
 *
 * <p>A bare number and year says nothing by itself ({@code 181/2004} may be a folio, an amparo, a
 * thesis), so it is an acuerdo only in a document with such a column heading on one of its lines;
 * there every number-slash-year that is not part of a longer number or a date is one, written as
 * printed. Table text often runs cells together ({@code Unanimidad209/2009}), so a letter may stand
 * before it.
 */
public final class VoteTables {

    /** A column heading: "CG" alone on its line, or followed by the column's title. */
    private static final Pattern HEADING =
            Pattern.compile("(?m)^[ \\t]*(?:No\\.[ \\t]*)?CG(?:[ \\t]+(?:Asunto|Acuerdos|Resoluciones))?[ \\t]*$");

    /** Number, slash, four-digit year; not inside a longer number, a case number or a date. */
    private static final Pattern BARE =
            Pattern.compile("(?<![\\p{N}/.,:-])(?!0+/)[0-9]{1,4}/(?:19|20)[0-9]{2}(?![\\p{N}/.-]|[.,][0-9])");

    private VoteTables() {}

    /** Whether any page has a {@code CG} column heading. */
    public static boolean isVoteRecord(List<String> pages) {
        for (String page : pages) {
            if (page != null && page.indexOf("CG") >= 0 && HEADING.matcher(page).find()) {
                return true;
            }
        }
        return false;
    }

    /** The bare acuerdo numbers of one page of a vote record, in text order. */
    public static List<FoundIdentifier> find(String page) {
        List<FoundIdentifier> found = new ArrayList<>();
        Matcher m = BARE.matcher(page);
        while (m.find()) {
            found.add(new FoundIdentifier(Identifier.bare(m.group()), MentionType.ACUERDO, m.start(), m.end()));
        }
        return found;
    }
}
