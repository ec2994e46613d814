package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.acervo.fixtures.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same ingest typed twice: when nothing changed, the second answers without starting the job (so
 * without a worker) and counts every file unchanged; when a file was written again in place, even with
 * its size and date put back, the job starts and indexes it again.
 */
@Tag("slow")
class IngestRerunCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    @TempDir
    Path inputs;

    private Path informe;

    @BeforeEach
    void threeFilesIndexedAndStampedAtOnce() throws Exception {
        // The files were just written: without this the first run would leave them unstamped for FileStamp.SETTLE.
        System.setProperty("acervo.stamp-settle-ms", "0");
        Files.writeString(inputs.resolve("oficio.txt"), "Oficio No. IEPC/UTC/21/104 del 11 de octubre de 2021.");
        Files.writeString(inputs.resolve("acuerdo.txt"), "Se aprobó el Acuerdo IEPC/CG139/2021.");
        informe = Files.writeString(inputs.resolve("informe.txt"), "Informe que cita el oficio IEPC/UTC/21/108.");
    }

    @AfterEach
    void settleAsUsual() {
        System.clearProperty("acervo.stamp-settle-ms");
    }

    private CliRun ingest() {
        return CliRun.of("ingest", inputs.toString(), "--data", data.toString(), "--threads", "1", "--ocr", "never");
    }

    private int jobExecutions() throws Exception {
        CliRun status = CliRun.of("status", "--json", "--data", data.toString());
        assertThat(status.code()).as(status.err()).isZero();
        return ((List<?>) JSON.readValue(status.out(), Map.class).get("jobs")).size();
    }

    private static String table(CliRun run) {
        return run.out().substring(run.out().indexOf("Tabla de referencias cruzadas"));
    }

    @Test
    void anUnchangedReRunStartsNoJobAndCountsEveryFileUnchanged() throws Exception {
        CliRun first = ingest();
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).containsPattern("indexados +3\n");

        CliRun second = ingest();

        assertThat(second.code()).as(second.out() + second.err()).isZero();
        assertThat(second.out())
                .contains("sin cambios desde la ejecución", "no se inició el trabajo")
                .containsPattern("archivos vistos +3\n")
                .containsPattern("indexados +0\n")
                .containsPattern("sin cambios +3\n")
                .containsPattern("fallidos +0\n");
        assertThat(table(second)).isEqualTo(table(first)).contains("IEPC/UTC/21/108");
        assertThat(jobExecutions())
                .as("job executions: the re-run started none, so no worker either")
                .isEqualTo(1);
        assertThat(Files.readString(data.resolve("acervo.log")))
                .contains("3 files unchanged since job execution 1: the job was not started");
    }

    @Test
    void aFileWrittenAgainInPlaceWithItsSizeAndDatePutBackIsIndexedAgain() throws Exception {
        assertThat(ingest().code()).isZero();
        FileTime modified = Files.getLastModifiedTime(informe);
        Thread.sleep(20);
        Files.writeString(informe, "Informe que cita el oficio IEPC/UTC/21/109.");
        Files.setLastModifiedTime(informe, modified);

        CliRun second = ingest();

        assertThat(second.code()).as(second.out() + second.err()).isZero();
        assertThat(second.out())
                .contains("(ejecución 2 del trabajo, terminada)")
                .containsPattern("indexados +1\n")
                .containsPattern("sin cambios +2\n");
        assertThat(table(second)).contains("IEPC/UTC/21/109").doesNotContain("IEPC/UTC/21/108");
        // and the run after it, with nothing changed, starts no job
        assertThat(ingest().out()).contains("sin cambios desde la ejecución 2").containsPattern("sin cambios +3\n");
    }

    @Test
    void verifyStartsTheJobAndReadsEveryFile() throws Exception {
        assertThat(ingest().code()).isZero();

        CliRun verified =
                CliRun.of("ingest", inputs.toString(), "--data", data.toString(), "--threads", "1", "--verify");

        assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out())
                .contains("(ejecución 2 del trabajo, terminada)")
                .containsPattern("sin cambios +3\n");
        assertThat(jobExecutions()).isEqualTo(2);
    }
}
