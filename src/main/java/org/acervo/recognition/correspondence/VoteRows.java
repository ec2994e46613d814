package org.acervo.recognition.correspondence;

import java.util.ArrayList;
import java.util.List;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import org.acervo.recognition.identifier.Identifier;
import org.acervo.recognition.identifier.VoteTables;
import org.acervo.recognition.text.TextFolding;

/**
 * Reads the relations of a vote record's rows: each row is an acuerdo or resolución of the session,
 * its number first ({@code 718/2012}), then its title, which says what it does to other documents
 * ("por el que se modifica la Resolución CG628/2012 …, en acatamiento a la sentencia … SUP-RAP-459/2012").
 *
 * <p>The title is the sentence, and the row's number its subject, but a table's text does not read
 * as prose: the vote cells ("Unanimidad", "A Favor") and blank lines fall inside the title, and a
 * description of the sentence may stand long before its case number. So a row runs from its number
 * to the next row's, and each relation word governs the first number after it within the row (and
 * the numbers listed right after that one: "SUP-RAP-286/2012 y SUP-RAP-308/2012").
 */
final class VoteRows {

    /** How far after one governed number the next of a list may start ("X y Y", "X, Y y Z"). */
    private static final int LIST_GAP = 12;

    private VoteRows() {}

    /**
     * The relations the rows of one page state.
     *
     * @param folded   the page folded by {@link TextFolding}
     * @param mentions the page's mentions, in text order
     */
    static List<Relation> read(int page, String folded, List<Mention> mentions, WordCues relationWords) {
        List<Mention> ids =
                mentions.stream().filter(m -> m.type().isIdentifier()).toList();
        List<Relation> relations = new ArrayList<>();
        for (int r = 0; r < ids.size(); r++) {
            Mention row = ids.get(r);
            if (!isRow(row)) {
                continue;
            }
            int end = folded.length();
            for (int n = r + 1; n < ids.size(); n++) {
                if (isRow(ids.get(n))) {
                    end = ids.get(n).start();
                    break;
                }
            }
            List<WordCues.Found> cues = relationWords.find(folded, row.end(), end);
            for (int c = 0; c < cues.size(); c++) {
                int until = c + 1 < cues.size() ? cues.get(c + 1).start() : end;
                int reach = -1;
                for (Mention object : ids.subList(r + 1, ids.size())) {
                    if (object.start() < cues.get(c).end()) {
                        continue;
                    }
                    if (object.start() >= until || reach >= 0 && object.start() > reach) {
                        break;
                    }
                    if (!object.value().equals(row.value())) {
                        relations.add(new Relation(
                                row.value(),
                                object.value(),
                                Relation.Kind.of(cues.get(c).key()),
                                page));
                    }
                    reach = object.end() + LIST_GAP;
                }
            }
        }
        return relations;
    }

    /** A row's number, as {@link VoteTables} finds it: an acuerdo of number, slash and year, without unit. */
    private static boolean isRow(Mention mention) {
        return mention.type() == MentionType.ACUERDO && Identifier.isBare(mention.value());
    }
}
