package org.acervo.recognition.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.document.MentionType;

/**
 * Finds the federal courts' case numbers that have no court prefix, where the sentence says what
 * they are: "la Acción de Inconstitucionalidad 55/2016", "Amparo en revisión 455/2001",
 * "las acciones de inconstitucionalidad 13/2014, 14/2014 y 15/2014", "Acción de Inconstitucionalidad
 * 13/2014 y acumuladas 14/2014, 15/2014 y 16/2014", and as tesis cite their precedents, with a
 * two-digit year: "Amparo directo en materia de trabajo 2596/52", "Competencia 71/94"; and any case the
 * word says is one: "bajo el número de expediente 48/2002", "del expediente número 48/2002". Each is an
 * expediente, its value the bare number as written.
 *
 * <p>A bare number and year says nothing by itself ({@code 181/2004} in a table cell, an oficio
 * number without its issuer): these kinds of case are named so seldom elsewhere, and always by
 * the Supreme Court's and the collegiate courts' own numbering, that the name before the number is
 * enough (an oficio's bare number, "Oficio número 2119/2021", is {@link OficioNumbers}'s).
 */
public final class CourtCases {

    /** The kinds of case, folded; "de" and spaces may break across lines. */
    private static final Pattern CASE = Pattern.compile(
            "(?<![\\p{L}])(?:acci(?:on|ones)\\s{1,4}de\\s{1,4}inconstitucionalidad|controversias?\\s{1,4}constitucional(?:es)?"
                    + "|amparos?\\s{1,4}(?:en\\s{1,4}revision|directos?|indirectos?)(?:\\s{1,4}en\\s{1,4}materia\\s{1,4}(?:de\\s{1,4})?\\p{L}+)?"
                    + "|contradicci(?:on|ones)\\s{1,4}de\\s{1,4}tesis|competencias?)"
                    + "(?:\\s{1,4}(?:numero|num\\.|no\\.))?\\s{1,4}");

    /** The word "expediente(s)" and what may stand before its number, read where the word is found. */
    private static final Pattern EXPEDIENTE =
            Pattern.compile("expedientes?(?:\\s{1,4}(?:numero|num\\.|no\\.))?\\s{1,4}");

    /** The numbers of one case or of a list: "13/2014, 14/2014 y 15/2014". */
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\p{N}/])[0-9]{1,4}/(?:(?:19|20)[0-9]{2}|[0-9]{2})(?![\\p{N}/])");
    /** What joins the cases of one list: a comma, "y", and "y acumuladas" before the cases joined to the first. */
    private static final Pattern LIST_JOIN =
            Pattern.compile("\\s{0,3}(?:,|y|e)\\s{0,3}(?:y\\s{1,3})?(?:(?:sus\\s{1,3})?acumulad[ao]s?\\s{1,3})?");

    private CourtCases() {}

    /** The case numbers of one page, in text order. */
    public static List<FoundIdentifier> find(String page, String folded) {
        List<FoundIdentifier> found = new ArrayList<>();
        Matcher number = NUMBER.matcher(folded);
        if (folded.indexOf("inconstitucionalidad") >= 0
                || folded.indexOf("amparo") >= 0
                || folded.indexOf("controversia") >= 0
                || folded.indexOf("contradicci") >= 0
                || folded.indexOf("competencia") >= 0) {
            Matcher kind = CASE.matcher(folded);
            while (kind.find()) {
                numbers(page, folded, kind.end(), number, found);
            }
        }
        // "expediente" is on most pages of a resolución: found by indexOf, not by a pattern's find over the page.
        Matcher word = EXPEDIENTE.matcher(folded);
        for (int at = folded.indexOf("expediente"); at >= 0; at = folded.indexOf("expediente", at + 10)) {
            if ((at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                    && word.region(at, Math.min(folded.length(), at + 32)).lookingAt()) {
                numbers(page, folded, word.end(), number, found);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The case number at {@code at} and those listed after it. */
    private static void numbers(String page, String folded, int from, Matcher number, List<FoundIdentifier> found) {
        int at = from;
        while (number.region(at, Math.min(folded.length(), at + 12)).lookingAt()) {
            found.add(new FoundIdentifier(
                    Identifier.bare(page.substring(number.start(), number.end())),
                    MentionType.EXPEDIENTE,
                    number.start(),
                    number.end()));
            Matcher join = LIST_JOIN.matcher(folded).region(number.end(), Math.min(folded.length(), number.end() + 24));
            if (!join.lookingAt() || join.end() == number.end()) {
                break;
            }
            at = join.end();
        }
    }
}
