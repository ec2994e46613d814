package org.acervo.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Oficio numbers typed with a space after their unit, read only where the word "oficio" says what they are. */
class OficioNumbersTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    private List<String> identifiers(String text) {
        return recognizer.recognize(List.of(text)).mentions().stream().filter(m -> m.type().isIdentifier())
                .map(m -> m.type().label() + "=" + m.value() + "@" + m.start()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // well-formed, with the space as typed
            "mediante oficio STCFRPAP 1796/06, la Secretaría Técnica solicitó | oficio=STCFRPAP1796/06@16",
            "a través del oficio número UF 2031/2007 se requirió | oficio=UF2031/2007@27",
            "los oficios STCFRPAP 1796/06 y STCFRPAP  1862/06 | oficio=STCFRPAP1796/06@12;oficio=STCFRPAP1862/06@31",
            // already a whole number: read as before, not twice
            "mediante oficio DJ/2890/06 | oficio=DJ/2890/06@16",
    })
    void spacedNumbersAfterTheWordOficio(String text, String expected) {
        assertThat(identifiers(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ANEXO 2/2006 del dictamen",
            "el oficio de fecha PUNTO 4/06",
            "Oficio No. 2119/2021 del Instituto",
            "los oficios de la Secretaría, ANEXO 2/2006",
    })
    void notWithoutTheWordRightBefore(String text) {
        assertThat(identifiers(text)).isEmpty();
    }
}
