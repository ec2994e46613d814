package org.acervo.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.acervo.fixtures.SmallArchive;
import org.acervo.web.WebServer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/batch}, the page {@code /lote} and its exports over HTTP, on a small archive. */
class BatchApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LIST =
            "INE / UNICOM / 4756 / 2021\nlEPC/SE/2l19/2O21\n5388/2021\nIEPC/CG139/2021\nINE/UNICOM/9999/2021\n";

    @TempDir
    static Path data;

    static SmallArchive archive;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        archive = SmallArchive.build(data);
        server = WebServer.start(data, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> post(String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiAnswersRowsAndTheNotFoundWithExactlyTheDocumentedKeys() throws Exception {
        HttpResponse<byte[]> response = post("/api/batch", "text/plain; charset=UTF-8", LIST);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        Map<String, Object> body = JSON.readValue(response.body(), Map.class);
        assertThat(body).containsOnlyKeys("rows", "notFound");
        assertThat((List<String>) body.get("notFound")).containsExactly("INE/UNICOM/9999/2021");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get("rows");
        assertThat(rows)
                .hasSize(6)
                .allSatisfy(row -> assertThat(row.keySet())
                        .containsExactly(
                                "identifier", "searchedAs", "document", "path", "pages", "date", "firstMention"));
        Map<String, Object> informe = rows.get(4);
        assertThat(informe)
                .containsEntry("identifier", "5388/2021")
                .containsEntry("searchedAs", "INE/UNICOM/5388/2021")
                .containsEntry("document", archive.informe2022.sha256())
                .containsEntry("pages", List.of(2))
                .containsEntry("date", "2022-01-05");
        assertThat((String) informe.get("path")).endsWith("informe-2022.txt");
        assertThat((String) informe.get("firstMention")).contains("se recibe el oficio INE/UNICOM/5388/2021");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tooLongAListIsA400InSpanishAndAnEmptyOneFindsNothing() throws Exception {
        String many = IntStream.rangeClosed(1, 5001)
                .mapToObj(i -> "INE/UNICOM/" + i + "/2021")
                .collect(Collectors.joining("\n"));

        HttpResponse<byte[]> tooMany = post("/api/batch", "text/plain", many);
        HttpResponse<byte[]> empty = post("/api/batch", "text/plain", "\n\n");

        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat((Map<String, Object>) JSON.readValue(tooMany.body(), Map.class))
                .containsEntry("error", "la lista tiene 5001 identificadores; el máximo es 5000: divídala en partes");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(text(empty)).isEqualTo("{\"rows\":[],\"notFound\":[]}");
    }

    @Test
    void anotherHostNameIsRefused() throws Exception {
        // java.net.http will not send another Host: a raw request, as a page rebinding a name to 127.0.0.1 would.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            byte[] body = LIST.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream()
                    .write(("POST /api/batch HTTP/1.1\r\nHost: evil.example\r\nContent-Type: text/plain\r\n"
                                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").doesNotContain("UNICOM/4756");
        }
    }

    @Test
    void thePageShowsRowsAndTheNotFoundAndExportsCsvAndXlsx() throws Exception {
        HttpResponse<byte[]> page = post("/lote", "application/x-www-form-urlencoded", form(Map.of("ids", LIST)));

        assertThat(page.statusCode()).as(text(page)).isEqualTo(200);
        assertThat(text(page))
                .contains(
                        "5 identificadores buscados: 4 encontrados, 6 filas",
                        "No encontrados (1)",
                        "<li>INE/UNICOM/9999/2021</li>",
                        "href=\"/id/INE/UNICOM/5388/2021\"",
                        "href=\"/doc/" + archive.informe2022.sha256() + "#p2\"",
                        "<th>buscado como</th>");

        HttpResponse<byte[]> csv =
                post("/lote/export", "application/x-www-form-urlencoded", form(Map.of("ids", LIST, "format", "csv")));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "acervo-lote.csv");
        assertThat(text(csv))
                .as("a byte-order mark for Excel")
                .startsWith("\uFEFFidentifier,searchedAs,document,path,pages,date,firstMention\r\n")
                .contains("5388/2021,INE/UNICOM/5388/2021," + archive.informe2022.sha256() + ",");
        assertThat(text(csv).split("\r\n")).hasSize(7);

        HttpResponse<byte[]> xlsx =
                post("/lote/export", "application/x-www-form-urlencoded", form(Map.of("ids", LIST, "format", "xlsx")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("identificador");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void anEmptyFormSaysWhatToDo() throws Exception {
        HttpResponse<byte[]> page = post("/lote", "application/x-www-form-urlencoded", "ids=");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(text(page)).contains("la lista está vacía");
    }

    /** A multipart form as the page's form sends it: the textarea, the file and the column. */
    private static String multipart(String boundary, String ids, String fileName, String file, String column) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"ids\"\r\n\r\n" + ids + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + file + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"column\"\r\n\r\n" + column + "\r\n"
                + "--" + boundary + "--\r\n";
    }

    @Test
    void anUploadedCsvIsReadByItsColumnBesideWhatWasPasted() throws Exception {
        String csv = "folio;oficio;asunto\n1;INE/UNICOM/4756/2021;PREP\n2;IEPC/SE/9/2021;nada\n";
        HttpResponse<byte[]> page = post(
                "/lote",
                "multipart/form-data; boundary=XyZ",
                multipart("XyZ", "IEPC/CG139/2021", "oficios.csv", csv, "oficio"));

        assertThat(page.statusCode()).as(text(page)).isEqualTo(200);
        assertThat(text(page))
                .contains("3 identificadores buscados: 2 encontrados, 3 filas", "<li>IEPC/SE/9/2021</li>")
                .contains("IEPC/CG139/2021\nINE/UNICOM/4756/2021\nIEPC/SE/9/2021</textarea>");
    }

    @Test
    void tooLargeAFileIsA400ThatSaysSo() throws Exception {
        // Over the 10 MB a file may have, within what Tomcat reads to the end before it answers.
        String big = "INE/UNICOM/4756/2021,".repeat(510_000);
        HttpResponse<byte[]> page =
                post("/lote", "multipart/form-data; boundary=XyZ", multipart("XyZ", "", "grande.csv", big, ""));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(text(page)).contains("el archivo es demasiado grande");
    }

    @Test
    void thePageSpeaksSpanishByDefaultAndEnglishWhenAsked() throws Exception {
        HttpResponse<String> spanish = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/lote"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<byte[]> english = post(
                "/lote", "application/x-www-form-urlencoded", form(Map.of("ids", LIST)), "Accept-Language", "en-US,en");
        HttpResponse<byte[]> englishXlsx = post(
                "/lote/export",
                "application/x-www-form-urlencoded",
                form(Map.of("ids", LIST, "format", "xlsx")),
                "Accept-Language",
                "en");

        assertThat(spanish.body())
                .contains(
                        "<html lang=\"es\"",
                        "<h1>Búsqueda por lote</h1>",
                        "Buscar todos",
                        "<a href=\"/lote\">Búsqueda por lote</a>")
                .doesNotContain("??", "Batch search");
        assertThat(text(english))
                .contains(
                        "<html lang=\"en\"",
                        "5 identifiers searched: 4 found, 6 rows",
                        "Not found (1)",
                        "<th>searched as</th>")
                .doesNotContain("??", "encontrados");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(englishXlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(6).getStringCellValue())
                    .isEqualTo("first mention");
        }
    }
}
