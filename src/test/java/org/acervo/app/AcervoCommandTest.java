package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acervo.fixtures.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract: exit codes, one-line errors, and the extract JSON shape. */
class AcervoCommandTest {

    @TempDir
    Path dir;

    /** Runs the command line and returns {exit code, stdout, stderr}. */
    private Object[] run(String... args) {
        CliRun run = CliRun.of(args);
        return new Object[] {run.code(), run.out(), run.err()};
    }

    @Test
    void anUnknownOptionIsAOneLineErrorWithUsageAndExitCode2() {
        Object[] result = run("search", "hola", "--nope", "--data", dir.toString());
        assertThat(result[0]).isEqualTo(2);
        assertThat((String) result[2])
                .startsWith("acervo: argumento desconocido: --nope")
                .contains("Uso: acervo search");
        assertThat((String) result[1]).isEmpty();
    }

    @Test
    void aBadOcrModeIsAUsageError() {
        Object[] result = run(
                "ingest",
                dir.toString(),
                "--ocr",
                "sometimes",
                "--data",
                dir.resolve("d").toString());
        assertThat(result[0]).isEqualTo(2);
        assertThat((String) result[2]).contains("el modo de OCR debe ser auto, always o never");
    }

    @Test
    void searchWithoutAnIndexSaysWhatToRunFirst() {
        Object[] result = run("search", "hola", "--data", dir.resolve("vacio").toString());
        assertThat(result[0]).isEqualTo(1);
        assertThat((String) result[2])
                .isEqualTo("acervo: no hay índice en " + dir.resolve("vacio")
                        + ": ejecute antes './acervo run jobs/ingest-samples.yaml' o './acervo ingest RUTA'\n");
    }

    @Test
    void errorsAreInEnglishWithLangEn() {
        Object[] result = run(
                "search", "hola", "--lang", "en", "--data", dir.resolve("vacio").toString());
        assertThat(result[0]).isEqualTo(1);
        assertThat((String) result[2])
                .isEqualTo("acervo: no index in " + dir.resolve("vacio")
                        + ": run './acervo run jobs/ingest-samples.yaml' or './acervo ingest PATH' first\n");

        Object[] badValue = run("search", "hola", "--sort", "alfabetico", "--lang=en", "--data", dir.toString());
        assertThat(badValue[0]).isEqualTo(2);
        assertThat((String) badValue[2])
                .startsWith("acervo: ")
                .contains("sort must be relevance, date or newest, not 'alfabetico'");
    }

    @Test
    @SuppressWarnings("unchecked")
    void extractPrintsOneJsonObjectPerFileAndGoesOnAfterABadOne() throws Exception {
        Path good = Files.writeString(
                dir.resolve("oficio.txt"),
                "Victoria de Durango, Dgo., a 27 de octubre de 2021\nSe da respuesta al oficio INE/UNICOM/4756/2021."
                        + "\nEl 27 de octubre de 2021 se envía el oficio IEPC/SE/2119/2021, por el que se da respuesta al oficio INE/UNICOM/4756/2021.");
        Path bad = Files.createFile(dir.resolve("vacio.pdf"));

        Object[] result = run("extract", bad.toString(), good.toString(), "--json");

        assertThat(result[0]).isEqualTo(0);
        List<String> lines = ((String) result[1]).lines().toList();
        assertThat(lines).hasSize(2);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> failed = json.readValue(lines.get(0), Map.class);
        assertThat(failed).containsOnlyKeys("path", "error").containsEntry("path", bad.toString());
        Map<String, Object> ok = json.readValue(lines.get(1), Map.class);
        assertThat(ok.keySet())
                .containsExactly(
                        "path",
                        "sha256",
                        "pages",
                        "ocr",
                        "documentDate",
                        "documentNumber",
                        "mentions",
                        "relations",
                        "events");
        assertThat(ok)
                .containsEntry("pages", 1)
                .containsEntry("ocr", false)
                .containsEntry("documentDate", "2021-10-27");
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) ok.get("mentions");
        assertThat(mentions)
                .extracting(m -> m.get("type") + " " + m.get("value"))
                .containsExactly(
                        "date 2021-10-27",
                        "oficio INE/UNICOM/4756/2021",
                        "date 2021-10-27",
                        "oficio IEPC/SE/2119/2021",
                        "oficio INE/UNICOM/4756/2021");
        assertThat(ok.get("relations"))
                .isEqualTo(List.of(Map.of(
                        "from", "IEPC/SE/2119/2021", "to", "INE/UNICOM/4756/2021", "kind", "answers", "page", 1)));
        assertThat(ok.get("events"))
                .isEqualTo(List.of(Map.of(
                        "date", "2021-10-27", "action", "envía", "ids", List.of("IEPC/SE/2119/2021"), "page", 1)));
        Map<String, Object> oficio = mentions.get(1);
        String text = Files.readString(good);
        assertThat(text.substring((Integer) oficio.get("start"), (Integer) oficio.get("end")))
                .isEqualTo(oficio.get("raw"));
    }

    @Test
    void aMistypedCommandOrOptionGetsTheNearestSuggested() {
        Object[] command = run("serch", "oficio");
        assertThat(command[0]).isEqualTo(2);
        assertThat((String) command[2]).contains("¿Quiso decir", "search");
        Object[] option = run(
                "ingest",
                dir.toString(),
                "--thread",
                "2",
                "--data",
                dir.resolve("d").toString());
        assertThat(option[0]).isEqualTo(2);
        assertThat((String) option[2]).contains("Quizá: --threads");
        Object[] english = run("serch", "oficio", "--lang", "en");
        assertThat((String) english[2]).contains("Did you mean: acervo search or");
    }

    @Test
    void aNamedCommandIsReadAloneAndAnythingElseWithEveryCommand() {
        assertThat(AcervoCommand.subcommandsFor("search", "oficio"))
                .containsExactly(org.acervo.search.SearchCommand.class);
        assertThat(AcervoCommand.subcommandsFor("status")).containsExactly(org.acervo.ingest.StatusCommand.class);
        assertThat(AcervoCommand.subcommandsFor()).isEqualTo(AcervoCommand.SUBCOMMANDS);
        assertThat(AcervoCommand.subcommandsFor("--help")).isEqualTo(AcervoCommand.SUBCOMMANDS);
        assertThat(AcervoCommand.subcommandsFor("serch", "oficio")).isEqualTo(AcervoCommand.SUBCOMMANDS);
    }

    @Test
    void theUsageStillListsEveryCommandAndAMisspeltOneStillGetsItsSuggestion() {
        Object[] help = run("--help");
        assertThat(help[0]).isEqualTo(0);
        assertThat((String) help[1])
                .contains(
                        "  run ",
                        "  ingest ",
                        "  extract ",
                        "  search ",
                        "  batch ",
                        "  xref ",
                        "  status ",
                        "  serve ");
        Object[] misspelt = run("serch", "oficio");
        assertThat(misspelt[0]).isEqualTo(2);
        assertThat((String) misspelt[2])
                .contains("¿Quiso decir acervo search o acervo serve o acervo batch?", "Uso: acervo [-hV] [ORDEN]");
    }
}
