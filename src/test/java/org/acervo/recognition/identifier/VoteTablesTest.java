package org.acervo.recognition.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acervo.recognition.DocumentRecognizer;
import org.junit.jupiter.api.Test;

/** Bare acuerdo numbers of a vote record's CG column, and the same numbers elsewhere. */
class VoteTablesTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    private static final String HEADER = "SENTIDO DE LA VOTACIÓN\nNo.\nCG Asunto\n";

    @Test
    void readsTheCgColumnOfAVoteRecord() {
        String page = HEADER + "203/2009\n\nUnanimidadAcuerdo del Consejo General ...\n"
                + "Unanimidad209/2009\n\nResolución respecto del procedimiento P-CFRPAP 28/04 vs. PVEM, en cumplimiento "
                + "a la sentencia SUP-RAP-218/2008 y al Acuerdo CG474/2008. Sesión del 20/03/2013. 0/2009\n";
        assertThat(recognizer.recognize(List.of(page)).mentions())
                .filteredOn(m -> m.type().isIdentifier())
                .extracting(m -> m.type().label() + "=" + m.value())
                .containsExactly(
                        "acuerdo=203/2009",
                        "acuerdo=209/2009",
                        "expediente=P-CFRPAP28/04",
                        "expediente=SUP-RAP-218/2008",
                        "acuerdo=CG474/2008");
    }

    @Test
    void aBareNumberElsewhereIsNotAnIdentifier() {
        String page = "Sesión\n203/2009\nUnanimidad209/2009 en el folio 181/2004\n";
        assertThat(recognizer.recognize(List.of(page)).mentions())
                .noneMatch(m -> m.type().isIdentifier());
    }
}
