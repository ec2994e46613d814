package org.acervo.recognition.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acervo.recognition.DocumentRecognizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bare case numbers the sentence names, and bare numbers it does not. */
class CourtCasesTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    /** {@code ⏎} in a table stands for a line break. */
    private List<String> identifiers(String text) {
        return recognizer.recognize(List.of(text.replace('⏎', '\n'))).mentions().stream()
                .filter(m -> m.type().isIdentifier())
                .map(m -> m.type().label() + "=" + m.value())
                .toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "al resolver la Acción de Inconstitucionalidad 26/2003, estableció|expediente=26/2003",
                "en la Acción de ⏎⏎Inconstitucionalidad 55/2016. Para|expediente=55/2016",
                "Amparo directo 37/2000. Hilados de Lana|expediente=37/2000",
                "Amparo en revisión 455/2001. Margarita|expediente=455/2001",
                "la controversia constitucional número 12/2019,|expediente=12/2019",
                "Competencia 71/94. Suscitada entre la Juez|expediente=71/94",
                "Amparo directo en materia de trabajo 2596/52. Jefe del Departamento|expediente=2596/52",
                "Amparo directo 742/95. Mario A. Velázquez|expediente=742/95",
                "inició procedimiento administrativo, bajo el número de expediente 48/2002, a 43 servidores|expediente=48/2002",
                "copia certificada del expediente número 48/2002, iniciado|expediente=48/2002",
            })
    void aCaseNamedByItsKindIsAnExpediente(String text, String expected) {
        assertThat(identifiers(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "las acciones de inconstitucionalidad 13/2014, 14/2014 y 15/2014 y el|expediente=13/2014 expediente=14/2014 expediente=15/2014",
                "en la Acción de Inconstitucionalidad 13/2014 y acumuladas 14/2014, 15/2014 y⏎16/2014 (resuelta|expediente=13/2014 expediente=14/2014 expediente=15/2014 expediente=16/2014",
            })
    void aListOfCases(String text, String expected) {
        assertThat(identifiers(text)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "el folio 181/2004 del registro",
                "la Acción de Inconstitucionalidad 55/201622. En",
                "tesis S3ELJ 62/2002",
                "amparo 12/2020",
                "el expediente de 2006 y el 181/2004",
                "la competencia 3/4 del pleno",
            })
    void aBareNumberTheSentenceDoesNotNameStaysOut(String text) {
        assertThat(identifiers(text)).isEmpty();
    }
}
