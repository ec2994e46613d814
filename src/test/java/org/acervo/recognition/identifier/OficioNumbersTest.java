package org.acervo.recognition.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acervo.recognition.DocumentRecognizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Oficio numbers typed with a space after their unit, read only where the word "oficio" says what they are. */
class OficioNumbersTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    private List<String> identifiers(String text) {
        return recognizer.recognize(List.of(text)).mentions().stream()
                .filter(m -> m.type().isIdentifier())
                .map(m -> m.type().label() + "=" + m.value() + "@" + m.start())
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
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
    @CsvSource(
            delimiter = '|',
            value = {
                "ANEXO 2/2006 del dictamen",
                "el oficio de fecha PUNTO 4/06",
                "los oficios de la Secretaría, ANEXO 2/2006",
            })
    void notWithoutTheWordRightBefore(String text) {
        assertThat(identifiers(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // federal offices and districts number their oficios their own way: as written
                "se recibió el oficio 1294/2006, signado por el Mtro. | oficio=1294/2006@21",
                "Oficio No. 2119/2021 del Instituto | oficio=2119/2021@11",
                "mediante oficio 200/119/2002, la Subsecretaría | oficio=200/119/2002@16",
                "mediante oficio No. 110.-2027, la Titular | oficio=110.-2027@20",
                "el oficio número 13015/DGAPMDE/FEPADE/2003 de la Fiscalía | oficio=13015/DGAPMDE/FEPADE/2003@17",
                "el oficio número JD/03/439/06, signado | oficio=JD/03/439/06@17",
                "contestó mediante el oficio PRESIDENCIA/030/2005, el día | oficio=PRESIDENCIA/030/2005@28",
                "los oficios 200/119/2002 y 200/237/2002 | oficio=200/119/2002@12;oficio=200/237/2002@27",
                // a known number after the word is read as before
                "mediante oficio INE/UNICOM/4547/2021 | oficio=INE/UNICOM/4547/2021@16",
            })
    void numbersTheWordOficioMakesNumbers(String text, String expected) {
        assertThat(identifiers(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "el oficio 12/05/2006 fue recibido", // a date
                "el oficio 2006 de la Secretaría", // a year
                "Cuenta oficio 1587 de la Corte Suprema", // digits alone: counts and amounts follow the word too
                "en atención al oficio INE/DCE/0084/20~7.", // a known body's number is the grammar's and the repair's
                "el oficio IEPC/SE/XXX/2025 por firmar", // a placeholder
                "el oficio 1294/2006x del anexo", // runs on into letters
                "el oficio de 1294/2006", // not right after the word
            })
    void notNumbersEvenAfterTheWord(String text) {
        assertThat(identifiers(text)).isEmpty();
    }
}
