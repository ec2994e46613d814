package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acervo.fixtures.CliRun;
import org.acervo.fixtures.SmallArchive;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract of search, xref and serve on a small archive. */
class SearchXrefServeCommandsTest {

    @TempDir
    static Path data;

    static SmallArchive archive;

    @BeforeAll
    static void index() throws Exception {
        archive = SmallArchive.build(data);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchJsonKeepsTotalAndHitsAndAddsFacets() {
        CliRun r = run(
                "search",
                "oficio",
                "OR",
                "informe",
                "--json",
                "--type",
                "oficio",
                "--from",
                "2021-10-21",
                "--sort",
                "date",
                "--limit",
                "1",
                "--page",
                "3",
                "--data",
                data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> body = JsonMapper.builder().build().readValue(r.out(), Map.class);
        assertThat(body.get("total")).isEqualTo(3);
        List<Map<String, Object>> hits = (List<Map<String, Object>>) body.get("hits");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h).containsKeys("path", "paths", "documentDate", "score", "pages", "snippet");
            assertThat(h.get("documentDate")).isEqualTo("2022-01-05");
        });
        assertThat((Map<String, Object>) body.get("facets")).containsKeys("type", "body", "year");
    }

    @Test
    void searchTextShowsFacetsSnippetsByPageAndOffersFuzzy() {
        CliRun r = run("search", "INE/UNICOM/*/2021", "--data", data.toString());
        assertThat(r.out()).contains("3 documentos coinciden", "Órgano: INE 3", "p. 2: ", "**INE/UNICOM/5388/2021**");
        assertThat(run("search", "Rezultados", "--data", data.toString()).out()).contains("--fuzzy");
        assertThat(run("search", "Rezultados", "--fuzzy", "--data", data.toString())
                        .out())
                .contains("1 documento coincide");
        assertThat(run("search", "INE/UNICOM/*/2021", "--lang", "en", "--data", data.toString())
                        .out())
                .contains("3 documents match", "Body: INE 3", "p. 2: ");
        CliRun french = run("search", "x", "--lang", "fr", "--data", data.toString());
        assertThat(french.code()).isEqualTo(2);
        assertThat(french.err()).contains("the language must be es or en, not 'fr'");
    }

    @Test
    void badSearchInputIsAUsageError() {
        CliRun r = run("search", "\"abierta", "--data", data.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("acervo: no se pudo leer la búsqueda");
        assertThat(r.err().lines()).as("one line, not the usage").hasSize(1);
        assertThat(run("search", "\"abierta", "--lang", "en", "--data", data.toString())
                        .err())
                .startsWith("acervo: could not read the query");
        // a filter's value refused: said in Spanish too
        assertThat(run("search", "oficio", "--from", "2021-13", "--data", data.toString())
                        .err())
                .startsWith("acervo: from debe ser una fecha como 2021");
        for (String typed :
                new String[] {"4547/2021", "oficio 4547/2021", "SUP-JDC-101/2017", "CT-IECM-05/2023", "21/104"}) {
            assertThat(run("search", typed, "--data", data.toString()).code())
                    .as(typed)
                    .isZero();
        }
        assertThat(run("search", "x", "--sort", "size", "--data", data.toString())
                        .code())
                .isEqualTo(2);
        assertThat(run("search", "x", "--to", "ayer", "--data", data.toString()).err())
                .contains("to debe ser una fecha");
        CliRun escape = run("search", "informe\u001b[2J", "--data", data.toString());
        assertThat(escape.out() + escape.err()).contains("informe\\u001b[2J").doesNotContain("\u001b");
        CliRun browse = run("search", "--type", "oficio", "--data", data.toString());
        assertThat(browse.code()).isZero();
        assertThat(browse.out()).containsPattern("\\d+ documentos? coincide");
        assertThat(run("search", "--data", data.toString()).code()).isEqualTo(2);
        CliRun month13 = run("search", "x", "--from", "2021-13", "--data", data.toString());
        assertThat(month13.code()).isEqualTo(2);
        assertThat(month13.err()).contains("from debe ser una fecha como 2021");
        assertThat(run("search", "x", "--to", "2021-02-30", "--data", data.toString())
                        .code())
                .isEqualTo(2);
    }

    @Test
    void xrefKeepsItsDefaultTableAndExportsEveryTableToXlsx() throws Exception {
        CliRun table = run("xref", "--format", "csv", "--data", data.toString());
        assertThat(table.code()).isZero();
        assertThat(table.out()).startsWith("identifier,type,document,date,pages,mentions,first mention,");
        Path out = data.resolve("chains.xlsx");
        CliRun chains = run("xref", "--chains", "--format", "xlsx", "--out", out.toString(), "--data", data.toString());
        assertThat(chains.code()).as(chains.err()).isZero();
        assertThat(chains.err()).contains("3 filas escritas");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("identificador");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
        assertThat(run("xref", "--register", "--format", "md", "--data", data.toString())
                        .out())
                .startsWith("| fecha | acción | identificadores | documento | página |");
        assertThat(run("xref", "--quality", "--format", "html", "--data", data.toString())
                        .out())
                .contains("<table>");
        assertThat(run("xref", "--matrix", "--data", data.toString()).out())
                .startsWith("| documento | fecha | IEPC/CG139/2021");
    }

    @Test
    void xrefRefusesXlsxOnTheConsoleAndTwoTablesAtOnce() {
        assertThat(run("xref", "--format", "xlsx", "--data", data.toString()).err())
                .contains("indique --out ARCHIVO");
        CliRun two = run("xref", "--chains", "--matrix", "--data", data.toString());
        assertThat(two.code()).isEqualTo(2);
        assertThat(two.err()).startsWith("acervo: elija una sola de --matrix, --chains");
    }

    @Test
    void serveSaysWhenItsPortIsInUse() throws Exception {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun r = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", data.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err())
                    .isEqualTo("acervo: el puerto " + taken.getLocalPort()
                            + " de 127.0.0.1 está en uso: detenga lo que lo usa " + "o elija otro con --port\n");
        }
    }

    @Test
    void serveDescribesItsOptions() {
        CliRun r = run("serve", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--port", "--bind", "127.0.0.1", "--data");
        assertThat(run("serve", "--port", "70000", "--data", data.toString()).code())
                .isEqualTo(2);
    }
}
