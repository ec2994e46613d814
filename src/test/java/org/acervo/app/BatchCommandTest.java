package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acervo.fixtures.CliRun;
import org.acervo.fixtures.SmallArchive;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acervo batch FILE}: the rows in csv, md and xlsx, on the console or in a file, without a Spring context. */
class BatchCommandTest {

    @TempDir
    static Path data;

    @TempDir
    static Path dir;

    static SmallArchive archive;
    static Path list;

    @BeforeAll
    static void build() throws IOException {
        archive = SmallArchive.build(data);
        list = Files.writeString(
                dir.resolve("lista.txt"),
                "INE / UNICOM / 4756 / 2021\nlEPC/SE/2l19/2O21\n5388/2021\nIEPC/CG139/2021\nINE/UNICOM/9999/2021\n");
    }

    @Test
    void markdownForPeopleInSpanishWithTheNotFoundBelow() {
        CliRun run = CliRun.of("batch", list.toString(), "--data", data.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("| identificador | buscado como | documento | ruta | páginas | fecha | primera mención |\n")
                .contains("| lEPC/SE/2l19/2O21 | IEPC/SE/2119/2021 | " + archive.acuerdo139.sha256() + " | ")
                .contains("| 5388/2021 | INE/UNICOM/5388/2021 | " + archive.informe2022.sha256() + " | ")
                .endsWith("\nNo encontrados (1): INE/UNICOM/9999/2021\n");
        assertThat(run.out().lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(1 + 6);
    }

    @Test
    void csvKeepsItsKeysAndTheNotFoundGoToStandardError() {
        CliRun run = CliRun.of("batch", list.toString(), "--format", "csv", "--data", data.toString(), "--lang", "en");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("identifier,searchedAs,document,path,pages,date,firstMention\r\n")
                .contains("INE / UNICOM / 4756 / 2021,INE/UNICOM/4756/2021," + archive.oficio2119.sha256() + ",")
                .doesNotContain("9999");
        assertThat(run.out().split("\r\n")).hasSize(7);
        assertThat(run.err()).isEqualTo("Not found (1): INE/UNICOM/9999/2021\n");
    }

    @Test
    void outWritesTheFileAndSaysHowManyRows() throws Exception {
        Path csv = dir.resolve("lote.csv");
        Path xlsx = dir.resolve("lote.xlsx");

        CliRun toCsv = CliRun.of(
                "batch", list.toString(), "--format", "csv", "--out", csv.toString(), "--data", data.toString());
        CliRun toXlsx = CliRun.of(
                "batch", list.toString(), "--format", "xlsx", "--out", xlsx.toString(), "--data", data.toString());

        assertThat(toCsv.code()).as(toCsv.err()).isZero();
        assertThat(toCsv.out()).isEmpty();
        assertThat(toCsv.err()).contains("6 filas escritas en " + csv, "No encontrados (1): INE/UNICOM/9999/2021");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .as("a byte-order mark for Excel")
                .startsWith("\uFEFFidentifier,searchedAs,document,path,pages,date,firstMention");
        assertThat(toXlsx.code()).as(toXlsx.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("buscado como");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void aCsvColumnAndUsageErrors() throws Exception {
        Path csv = Files.writeString(
                dir.resolve("oficios.csv"), "folio,oficio\n1,INE/UNICOM/4756/2021\n2,IEPC/SE/9/2021\n");

        CliRun chosen =
                CliRun.of("batch", csv.toString(), "--column", "oficio", "--format", "csv", "--data", data.toString());
        CliRun noColumn = CliRun.of("batch", csv.toString(), "--column", "asunto", "--data", data.toString());
        CliRun xlsxToConsole = CliRun.of("batch", list.toString(), "--format", "xlsx", "--data", data.toString());
        CliRun missing = CliRun.of("batch", dir.resolve("no-hay.txt").toString(), "--data", data.toString());

        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("INE/UNICOM/4756/2021,INE/UNICOM/4756/2021,");
        assertThat(chosen.err()).contains("No encontrados (1): IEPC/SE/9/2021");
        assertThat(noColumn.code()).isEqualTo(2);
        assertThat(noColumn.err())
                .startsWith("acervo: el CSV no tiene la columna 'asunto'; sus encabezados: folio, oficio");
        assertThat(xlsxToConsole.code()).isEqualTo(2);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("acervo: no existe el archivo ");
    }

    @Test
    void readsTheIndexAloneWithoutASpringContext() throws Exception {
        Path classLog = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog,
                "-cp",
                System.getProperty("java.class.path"),
                "org.acervo.Application",
                "batch",
                list.toString(),
                "--data",
                data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("| IEPC/CG139/2021 | IEPC/CG139/2021 |", "No encontrados (1): INE/UNICOM/9999/2021");
        assertThat(Files.readString(classLog))
                .doesNotContain(
                        "org.springframework.context.support.AbstractApplicationContext ",
                        "org.h2.engine.",
                        "tools.jackson.databind.ObjectMapper ");
    }
}
