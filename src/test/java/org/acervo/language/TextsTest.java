package org.acervo.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The two message files: the same keys, right plurals, Spanish unless English is asked for. */
class TextsTest {

    @Test
    void bothFilesHaveTheSameKeys() throws IOException {
        assertThat(MessageFiles.read("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        MessageFiles.read("messages_es.properties").stringPropertyNames());
    }

    @Test
    void pluralsAgreeWithTheirNumber() {
        Texts es = Texts.of(Texts.SPANISH);
        assertThat(es.get("pages", 1)).isEqualTo("1 página");
        assertThat(es.get("pages", 2)).isEqualTo("2 páginas");
        assertThat(es.get("pages", 0)).isEqualTo("0 páginas");
        assertThat(es.get("overview.failed", 1)).isEqualTo("1 fallido");
        assertThat(es.get("overview.failed", 4)).isEqualTo("4 fallidos");
        assertThat(es.get("rows", 1200)).isEqualTo("1.200 filas");
        assertThat(Texts.of(Texts.ENGLISH).get("pages", 1)).isEqualTo("1 page");
        assertThat(Texts.of(Texts.ENGLISH).get("error.missingParameter", "q")).isEqualTo("the parameter 'q' is needed");
    }

    @Test
    void spanishUnlessEnglishIsAskedFor() {
        assertThat(Texts.of(Locale.FRENCH).get("status.failed")).isEqualTo("fallido");
        assertThat(Texts.of(null).get("status.failed")).isEqualTo("fallido");
        assertThat(Texts.of(Locale.US).get("status.failed")).isEqualTo("failed");
        assertThat(Texts.parse("EN").locale()).isEqualTo(Texts.ENGLISH);
        assertThat(Texts.parse("es").locale()).isEqualTo(Texts.SPANISH);
        assertThatThrownBy(() -> Texts.parse("fr")).hasMessage("the language must be es or en, not 'fr'");
    }

    @Test
    void anErrorIsSaidInTheReadersLanguageWhereverItLiesAmongTheCauses() {
        BadArgument bad = new BadArgument("error.year", 1850);
        RuntimeException wrapped = new RuntimeException("step failed", new IllegalStateException(bad));

        assertThat(bad.getMessage())
                .as("the log keeps English")
                .isEqualTo("year must be between 1900 and 2099, not 1850");
        assertThat(Texts.of(Texts.SPANISH).say(wrapped)).contains("el año debe estar entre 1900 y 2099, no 1850");
        assertThat(Texts.of(Texts.ENGLISH).say(wrapped)).contains("year must be between 1900 and 2099, not 1850");
        assertThat(Texts.of(Texts.SPANISH).say(new NotFound("error.noDocument", "abc")))
                .contains("ningún documento tiene el id 'abc'");
        assertThat(Texts.of(Texts.SPANISH).say(new IllegalStateException("no sentence")))
                .isEmpty();
    }

    @Test
    void storedFailureReasonsAreSaidInTheLanguageTheirDetailsToo() {
        Texts es = Texts.of(Texts.SPANISH);
        assertThat(es.reason("the folder could not be opened (permission denied)"))
                .isEqualTo("la carpeta no se pudo abrir (permiso denegado)");
        assertThat(es.reason("the file's name does not match its content"))
                .isEqualTo("el nombre del archivo no corresponde a su contenido");
        assertThat(es.reason("the file's name does not match its content (named .pdf but it holds plain text)"))
                .isEqualTo(
                        "el nombre del archivo no corresponde a su contenido (se llama .pdf pero contiene texto plano)");
        assertThat(es.reason("the file could not be opened (Input/output error)"))
                .isEqualTo("el archivo no se pudo abrir (Input/output error)");
        assertThat(es.reason("reading took too long and was stopped (limit 120 s)"))
                .isEqualTo("la lectura tardó demasiado y se detuvo (límite 120 s)");
        assertThat(es.reason("the reader crashed on this document (exit code 134)"))
                .isEqualTo("el lector falló con este documento (código de salida 134)");
        assertThat(es.reason("nested too deep")).isEqualTo("nested too deep");
        assertThat(es.reason(null)).isNull();
        assertThat(Texts.of(Texts.ENGLISH).reason("the folder could not be opened (permission denied)"))
                .isEqualTo("the folder could not be opened (permission denied)");
    }

    @Test
    void anUnknownKeyIsFoundMissing() {
        assertThat(Texts.of(Texts.SPANISH).find("column.INE/UNICOM/4547/2021")).isEmpty();
    }
}
