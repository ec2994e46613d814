package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.acervo.extraction.OcrMode;
import org.acervo.fixtures.CliRun;
import org.acervo.ingest.IngestContext;
import org.acervo.ingest.IngestRequest;
import org.acervo.ingest.JobHistory;
import org.acervo.language.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that only read answer without what they do not need: no Spring application context for
 * any of them, no H2 for search and xref (nor for status once it has read the job repository, while the
 * repository is unchanged), no Jackson mapper unless they print JSON. Each runs in a
 * JVM of its own, as from the terminal, which lists the classes it loads; the answers are the ones the
 * Spring Batch context gives.
 */
@Tag("slow")
class CommandsWithoutContextTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Loaded when a Spring application context starts, whichever one. */
    private static final String SPRING_CONTEXT = "org.springframework.context.support.AbstractApplicationContext ";

    private static final String H2 = "org.h2.engine.";
    private static final String JACKSON_MAPPER = "tools.jackson.databind.ObjectMapper ";
    /** Apache POI, which only an XLSX export needs. */
    private static final String POI = "org.apache.poi.";

    @TempDir
    static Path data;

    @TempDir
    static Path inputs;

    @TempDir
    Path logs;

    static List<JobHistory.Run> runs;

    @BeforeAll
    static void ingest() throws Exception {
        Files.writeString(
                inputs.resolve("oficio-104.txt"),
                "Oficio No. IEPC/UTC/21/104\nDurango, Dgo., a 11 de octubre de 2021.\nEn atención al oficio INE/UNICOM/4547/2021.");
        Files.writeString(inputs.resolve("vacio.pdf"), "");
        try (IngestContext context =
                IngestContext.start(data, Map.of("acervo.isolation", "none", "acervo.ocr", "NEVER"))) {
            context.runner().run(new IngestRequest(List.of(inputs), List.of(), List.of(), data, OcrMode.NEVER, 1));
            runs = context.history().last(10);
        }
    }

    @Test
    void statusReadsTheRunsWithoutAContextAndThenWithoutH2() throws Exception {
        // when status runs twice on an unchanged repository
        Child first = Child.run(logs.resolve("first.log"), "status", "--data", data.toString());
        Child second = Child.run(logs.resolve("second.log"), "status", "--data", data.toString());

        // then both list the runs the Spring Batch context lists, the same way
        assertThat(first.code()).as(first.output()).isZero();
        assertThat(runs).hasSize(1);
        JobHistory.Run run = runs.get(0);
        assertThat(first.output())
                .contains(
                        "Documentos: 1 indexado, 1 fallido",
                        "vacio.pdf: archivo vacío: no tiene contenido",
                        "Últimas ingestas:",
                        String.format(
                                "  #%-4d %-10s %s -> %s%n",
                                run.id(),
                                Texts.of(Texts.SPANISH).get("batch." + run.status()),
                                TIME.format(run.start()),
                                TIME.format(run.end())));
        assertThat(second.output()).isEqualTo(first.output());
        // without a Spring context or a JSON mapper; the first opened H2, the second read the copy beside it
        assertThat(first.classes())
                .doesNotContain(SPRING_CONTEXT, JACKSON_MAPPER)
                .contains(H2);
        assertThat(second.classes()).doesNotContain(SPRING_CONTEXT, JACKSON_MAPPER, H2);
    }

    @Test
    void searchAndXrefReadTheIndexAlone() throws Exception {
        Child search = Child.run(logs.resolve("search.log"), "search", "oficio", "--data", data.toString());
        Child xref = Child.run(logs.resolve("xref.log"), "xref", "--data", data.toString());

        assertThat(search.code()).as(search.output()).isZero();
        assertThat(search.output())
                .startsWith("1 documento coincide con oficio")
                .contains("oficio-104.txt  (2021-10-11)  página 1");
        assertThat(xref.code()).as(xref.output()).isZero();
        assertThat(xref.output()).contains("| INE/UNICOM/4547/2021 | oficio |", "| IEPC/UTC/21/104 | oficio |");
        assertThat(search.classes()).doesNotContain(SPRING_CONTEXT, H2, JACKSON_MAPPER);
        assertThat(xref.classes()).doesNotContain(SPRING_CONTEXT, H2, JACKSON_MAPPER, POI);
    }

    @Test
    void statusWhereNoIngestRanCreatesNothing(@TempDir Path empty) {
        CliRun status = CliRun.of("status", "--data", empty.toString());

        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out())
                .contains("Documentos: 0 indexados, 0 fallidos", "Todavía no se ha hecho ninguna ingesta.");
        assertThat(empty.resolve("jobs")).doesNotExist();
    }

    /** One command in a JVM of its own, with the classes it loaded. */
    private record Child(int code, String output, String classes) {

        static Child run(Path classLog, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:file=" + classLog,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.acervo.Application"));
            command.addAll(List.of(args));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Child(process.exitValue(), output, Files.readString(classLog));
        }
    }
}
