package org.acervo.recognition.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acervo.recognition.DocumentRecognizer;
import org.junit.jupiter.api.Test;

/** What each row of a vote record's table does to other documents, as its title says. */
class VoteRowsTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    private static final String HEADER = "SENTIDO DE LA VOTACIÓN\nNo.\nCG Asunto\n";

    private List<String> relations(String page) {
        return recognizer.recognize(List.of(HEADER + page)).relations().stream()
                .map(r -> r.from() + " " + r.kind() + " " + r.to())
                .toList();
    }

    @Test
    void aRowsNumberCitesWhatItsTitleModifiesAndTheSentenceItObeysAcrossVoteCells() {
        String page =
                "717/2012 Acuerdo del Consejo General del Instituto Federal\nElectoral por el que se modifica la Resolución\n"
                        + "CG628/2012, respecto de las irregularidades\nencontradas en el Dictamen Consolidado,\n\nUnanimidad\n\n"
                        + "correspondientes al ejercicio dos mil once, en\nacatamiento a la sentencia de la H. Sala Superior del\n"
                        + "Tribunal Electoral del Poder Judicial de la Federación,\nrecaída al recurso de apelación interpuesto por el\n"
                        + "Partido del Trabajo en contra de dicha Resolución, identificada\ncon el número de expediente SUP-RAP-454/2012.\n\n"
                        + "718/2012 Acuerdo del Consejo General por el que se modifica la Resolución\nCG648/2012, en acatamiento a la "
                        + "sentencia\nidentificada con el número de expediente SUP-RAP-459/2012.\n";
        assertThat(relations(page))
                .containsExactlyInAnyOrder(
                        "717/2012 cites CG628/2012", "717/2012 cites SUP-RAP-454/2012",
                        "718/2012 cites CG648/2012", "718/2012 cites SUP-RAP-459/2012");
    }

    @Test
    void theCasesARowDecidesAreNotWhatItObeysButAListAfterTheWordsIs() {
        String page = "729/2012 Resolución del Consejo General respecto del procedimiento especial sancionador\n"
                + "identificado con el número de expediente SCG/PE/HSGA/CG/052/PEF/129/2012, en\ncumplimiento a lo ordenado "
                + "por la H. Sala Superior\nal resolver los recursos de apelación\nidentificados con las claves "
                + "SUP-RAP-286/2012 y\nSUP-RAP-308/2012.\n";
        assertThat(relations(page))
                .containsExactlyInAnyOrder("729/2012 cites SUP-RAP-286/2012", "729/2012 cites SUP-RAP-308/2012");
    }

    @Test
    void aRowWithoutRelationWordsStatesNothing() {
        String page =
                "730/2012 Resolución del Consejo General respecto del procedimiento\nSCG/PE/PRI/CG/060/PEF/137/2012.\n\n"
                        + "Unanimidad\n731/2012 Informe que presenta la Secretaría Ejecutiva sobre el cumplimiento\n";
        assertThat(relations(page)).isEmpty();
    }
}
