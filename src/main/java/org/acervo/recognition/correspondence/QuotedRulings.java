package org.acervo.recognition.correspondence;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.recognition.text.Sentences;
import org.acervo.recognition.text.TextFolding;

/**
 * Who speaks in the resolutive points of a ruling that a document quotes. "la Sala Superior resolvió
 * el recurso ... expediente SUP-RAP-85/2006, en el cual determinó:" followed by "ÚNICO. Se revoca la
 * resolución CG165/2006": the revoking is the ruling's, so SUP-RAP-85/2006 cites CG165/2006, not the
 * document that quotes it. The court case is the one the introduction before the colon names, or,
 * when that names none, the one the quoted point itself names after what it revokes ("... en la parte
 * que fue objeto del recurso de apelación SUP-RAP-79/2006").
 */
final class QuotedRulings {

    /** The relation words a ruling's resolutive point acts with, folded. */
    private static final Pattern RULING_ACT = Pattern.compile("(?:se )?(?:revoca|modifica)");

    /** The words an introduction to a ruling's points uses: "resolvió lo siguiente:", "en su parte resolutiva señala:". */
    private static final Pattern SAYS =
            Pattern.compile("resolv|determin|senal|sentencia|ejecutoria|resolutiv|transcrib");

    /** The ordinal that opens a resolutive point ("ÚNICO.", "PRIMERO."), folded. */
    private static final Set<String> ORDINALS = Set.of(
            "unico", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "septimo", "octavo", "noveno",
            "decimo");

    /** How far before its colon an introduction is read. */
    private static final int INTRO_REACH = 700;

    /** What {@link #speaker} answers for a quoted ruling that names no court case: the point has no subject that can be named. */
    static final String UNNAMED = "";

    private QuotedRulings() {}

    /**
     * The court case that speaks in the sentence at [start, end); {@link #UNNAMED} when the sentence
     * is a quoted resolutive point but no single court case is named; null when it is not a quoted
     * resolutive point with one cue of revoking or modifying.
     *
     * @param text   the page
     * @param folded the page folded by {@link TextFolding}
     * @param cues   the sentence's relation words
     * @param onPage the page's mentions, in offset order
     */
    static String speaker(
            String text, String folded, int start, int end, List<WordCues.Found> cues, List<Mention> onPage) {
        if (cues.size() != 1
                || !RULING_ACT
                        .matcher(folded)
                        .region(cues.get(0).start(), cues.get(0).end())
                        .matches()) {
            return null;
        }
        int colon = introColon(folded, start);
        if (colon < 0) {
            return null;
        }
        int intro = sentenceBefore(text, colon);
        if (!SAYS.matcher(folded).region(intro, colon).find()) {
            return null;
        }
        List<String> named = courtCases(onPage, intro, colon);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (!named.isEmpty()) {
            return UNNAMED;
        }
        List<String> inPoint = courtCases(onPage, cues.get(0).end(), end);
        return inPoint.size() == 1 ? inPoint.get(0) : UNNAMED;
    }

    /** The colon the sentence at {@code start} follows, past quotes and an ordinal ("…determinó:\n\n“ÚNICO. Se revoca"), or -1. */
    private static int introColon(String folded, int start) {
        int i = skipBack(folded, start);
        if (i > 0 && folded.charAt(i - 1) == '.') {
            int word = i - 1;
            while (word > 0 && Character.isLetter(folded.charAt(word - 1))) {
                word--;
            }
            if (ORDINALS.contains(folded.substring(word, i - 1))) {
                i = skipBack(folded, word);
            }
        }
        return i > 0 && folded.charAt(i - 1) == ':' ? i - 1 : -1;
    }

    private static int skipBack(String folded, int at) {
        int i = at;
        while (i > 0 && (Character.isWhitespace(folded.charAt(i - 1)) || "“\"«'".indexOf(folded.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    /** Where the sentence that ends at {@code colon} starts. */
    private static int sentenceBefore(String text, int colon) {
        int start = Math.max(0, colon - INTRO_REACH);
        for (int stop = Sentences.end(text, start, colon); stop < colon; stop = Sentences.end(text, start, colon)) {
            start = stop + 1;
        }
        return start;
    }

    private static List<String> courtCases(List<Mention> onPage, int from, int to) {
        return onPage.stream()
                .filter(m -> m.type() == MentionType.EXPEDIENTE && m.start() >= from && m.start() < to)
                .map(Mention::value)
                .distinct()
                .toList();
    }
}
