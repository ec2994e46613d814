package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acervo.fixtures.SmallArchive;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The web interface on a real port of 127.0.0.1 over a small archive: pages, API, escaping, downloads, errors. */
class WebServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    private static HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return JSON.readValue(response.body(), Map.class);
    }

    @Test
    void theSearchPageShowsHitsWithMarkedSnippetsPagesAndFacets() throws Exception {
        HttpResponse<byte[]> page = get("/?q=ine+%2F+unicom+%2F+4756+%2F+2021");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page))
                .contains(
                        "2 documentos",
                        "<mark>INE/UNICOM/4756/2021</mark>",
                        "href=\"/doc/" + archive.oficio2119.sha256() + "?q=ine%20/%20unicom%20/%204756%20/%202021\"",
                        "href=\"/id/INE/UNICOM/4756/2021\"",
                        "Órgano");
    }

    @Test
    void theSearchFormSendingEmptyFiltersOpensNoFilters() throws Exception {
        String empty = "type=&body=&unit=&year=&from=&to=&mentionFrom=&mentionTo=&sort=relevance";
        HttpResponse<byte[]> page = get("/?q=oficio&" + empty);
        assertThat(page.statusCode()).as(text(page)).isEqualTo(200);
        assertThat(text(page)).contains("<details>", "documentos").doesNotContain("<details open", "quitar filtros");
        assertThat(text(get("/?q=oficio&body=INE&type="))).contains("<details open", "quitar filtros");
        assertThat(json("/api/search?q=oficio&" + empty).get("total"))
                .isEqualTo(json("/api/search?q=oficio").get("total"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSearchApiHasTotalHitsAndFacets() throws Exception {
        Map<String, Object> body = json("/api/search?q=INE/UNIC0M/4756/2O21&sort=date");
        assertThat(body.get("total")).isEqualTo(2);
        List<Map<String, Object>> hits = (List<Map<String, Object>>) body.get("hits");
        assertThat(hits).extracting(h -> h.get("documentDate")).containsExactly("2021-10-20", "2021-10-27");
        assertThat(hits.get(0)).containsKeys("path", "documentDate", "score", "pages", "snippet", "snippets");
        assertThat((Map<String, Object>) body.get("facets")).containsKeys("type", "body", "year");
    }

    @Test
    void aDocumentPageShowsItsTextEscapedWithMentionsLinked() throws Exception {
        String page = text(get("/doc/" + archive.oficio4756.sha256()));
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(page).contains("<a class=\"mention\" href=\"/id/INE/UNICOM/4756/2021\"");
        assertThat(page).contains("href=\"/doc/" + archive.oficio4756.sha256() + "/original\"");
    }

    @Test
    void theOriginalFileDownloadsByItsId() throws Exception {
        HttpResponse<byte[]> file = get("/doc/" + archive.oficio4756.sha256() + "/original");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(Files.readAllBytes(Path.of(archive.oficio4756.path())));
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "oficio-4756.txt");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/doc/0000000000000000000000000000000000000000000000000000000000000000/original",
                "/doc/..%2F..%2F..%2Fetc%2Fpasswd/original",
                "/doc/%2e%2e/original",
                "/doc/..;/original",
                "/doc/oficio-4756.txt/original",
                "/doc/nope"
            })
    void downloadsRefuseUnknownIdsAndPaths(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(text(response))
                .doesNotContain("root:")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void aChangedFileIsNotServed() throws Exception {
        Path moved = Path.of(archive.scan.path());
        Files.writeString(moved, "otro contenido");
        assertThat(get("/doc/" + archive.scan.sha256() + "/original").statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/?q=%22sin+cerrar",
                "/?q=(oficio",
                "/?q=oficio&page=0",
                "/?q=oficio&year=dos",
                "/?q=oficio&from=27/10/2021",
                "/?q=oficio&from=2021-13",
                "/?q=oficio&to=2021-02-30",
                "/xref?table=nada"
            })
    void malformedRequestsGiveA400PageWithASentence(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(text(response))
                .contains("<h2>400</h2>")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void malformedApiQueriesGiveA400Json() throws Exception {
        HttpResponse<byte[]> response = get("/api/search?q=%22sin+cerrar");
        assertThat(response.statusCode()).isEqualTo(400);
        Map<String, Object> body = JSON.readValue(response.body(), Map.class);
        assertThat((String) body.get("error")).startsWith("no se pudo leer la búsqueda");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIdentifierPageAndApiShowDocumentsChainsAndTimeline() throws Exception {
        HttpResponse<byte[]> spaced = get("/id/iepc%20/%20se%20/%202119%20/%202021");
        assertThat(spaced.statusCode()).isEqualTo(302);
        assertThat(spaced.headers().firstValue("Location").orElseThrow()).endsWith("/id/IEPC/SE/2119/2021");
        String page = text(get("/id/IEPC/SE/2119/2021"));
        assertThat(page).contains("IEPC/CG139/2021 cita IEPC/SE/2119/2021", "oficio-2119.txt", "envía");
        Map<String, Object> body = json("/api/id/IEPC/SE/2119/2021");
        assertThat(body.get("type")).isEqualTo("oficio");
        assertThat((Map<String, Object>) body.get("heldIn")).containsEntry("id", archive.oficio2119.sha256());
        assertThat((List<Object>) body.get("documents")).hasSize(2);
        assertThat((List<Object>) body.get("chains")).hasSize(2);
        assertThat((List<Object>) body.get("timeline")).hasSize(1);
        assertThat(get("/api/id/INE/UNICOM/9999/2021").statusCode()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theXrefPageApiAndExports() throws Exception {
        assertThat(text(get("/xref?table=chains")))
                .contains("Cadenas de correspondencia", "/xref/export?table=chains&amp;format=xlsx");
        Map<String, Object> register = json("/api/xref?table=register");
        assertThat((List<Map<String, Object>>) register.get("rows"))
                .extracting(r -> r.get("date"))
                .containsExactly("2021-10-20", "2021-10-27", "2021-10-27", "2021-12-17");
        Map<String, Object> acuerdos = json("/api/xref?type=acuerdo");
        assertThat((List<Map<String, Object>>) acuerdos.get("rows"))
                .extracting(r -> r.get("identifier"))
                .containsOnly("IEPC/CG139/2021");
        HttpResponse<byte[]> xlsx = get("/xref/export?table=index&format=xlsx");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("acervo-index.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("identificador");
            assertThat(book.getSheetAt(0).getLastRowNum())
                    .isEqualTo(((List<?>) json("/api/xref").get("rows")).size());
        }
        assertThat(text(get("/xref/export?table=register&format=csv")))
                .startsWith("\uFEFFdate,action,identifiers,document,page");
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsAndTheApiCarryTheWholeFilteredSortedTable() throws Exception {
        List<Map<String, Object>> rows = (List<Map<String, Object>>)
                json("/api/xref?body=IEPC&sort=identifier&dir=desc").get("rows");
        assertThat(rows)
                .extracting(r -> (String) r.get("identifier"))
                .allMatch(i -> i.startsWith("IEPC/"))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String csv = text(get("/xref/export?table=index&year=2022&format=csv&page=9&size=50"));
        assertThat(csv.lines().skip(1))
                .singleElement()
                .asString()
                .startsWith("INE/UNICOM/5388/2021,oficio,informe-2022.txt,2022-01-05");
        assertThat(text(get("/xref?table=index&year=2022")))
                .contains("/xref/export?table=index&amp;year=2022&amp;format=csv")
                .contains("filas 1–1 de 1");
    }

    @Test
    void tablePagesShowPathsFileNameFirstAndLinkPages() throws Exception {
        String page = text(get("/xref?table=index"));
        assertThat(page)
                .contains("<span class=\"file\">oficio-2119.txt</span>")
                .contains("title=\"" + Path.of(archive.oficio2119.path()).getParent() + "/oficio-2119.txt\"")
                .contains("href=\"/doc/" + archive.informe2022.sha256() + "#p2\"");
        assertThat(page).doesNotContain(">" + archive.oficio2119.path() + "<");
        String tabs = text(get("/xref?table=matrix"));
        assertThat(tabs).contains("role=\"tablist\"", "aria-selected=\"true\"", "columnas ocultas");
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        assertThat(text(get("/"))).contains("<form");
        java.util.Optional<java.net.InetAddress> external =
                java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                        .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress())
                        .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(external.isPresent(), "no network address besides loopback");
        try (java.net.Socket socket = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> socket.connect(new java.net.InetSocketAddress(external.get(), server.port()), 2_000))
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    /** The status line of a request sent by hand, so the Host header can say anything. */
    private static String statusFor(String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write(("GET /?q=oficio HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void onlyRequestsForThisMachinesNamesAreServed() throws Exception {
        assertThat(statusFor("127.0.0.1:" + server.port())).contains(" 200");
        assertThat(statusFor("localhost:" + server.port())).contains(" 200");
        // DNS rebinding: a page elsewhere sends the browser here under its own name.
        assertThat(statusFor("atacante.example:" + server.port())).contains(" 403");
        assertThat(statusFor("atacante.example")).contains(" 403");
    }

    @Test
    void everyResponseForbidsScriptsFramesAndSniffing() throws Exception {
        for (String path : List.of("/", "/?q=oficio", "/xref", "/no-existe")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .contains(WebGuard.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
    }

    @Test
    void onlyALoopbackBindGoesWithoutAWarning() {
        assertThat(ServeCommand.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServeCommand.isLoopback("::1")).isTrue();
        assertThat(ServeCommand.isLoopback("localhost")).isTrue();
        assertThat(ServeCommand.isLoopback("0.0.0.0")).isFalse();
        assertThat(ServeCommand.isLoopback("192.0.2.10")).isFalse();
    }

    @Test
    void unknownAddressesAre404AndWrongMethods405WithTheSitesPage() throws Exception {
        HttpResponse<byte[]> missing = get("/no-existe");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(text(missing)).contains("<h2>404</h2>").doesNotContain("Exception");
        HttpResponse<byte[]> post = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?q=oficio"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(text(post)).contains("<h2>405</h2>").doesNotContain("Exception");
        HttpResponse<byte[]> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void facetLinksKeepEveryActiveFilter() throws Exception {
        String page = text(get(
                "/?q=oficio&mentionFrom=2021-01&mentionTo=2021-12&unit=UNICOM&from=2021&to=2022&sort=newest&size=100"));
        String aside = page.substring(page.indexOf("<aside>"), page.indexOf("</aside>"));
        List<String> links = java.util.regex.Pattern.compile("<li>\\s*<a href=\"([^\"]*)\"")
                .matcher(aside)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(links).isNotEmpty();
        assertThat(links)
                .allSatisfy(href -> assertThat(href)
                        .contains(
                                "mentionFrom=2021-01",
                                "mentionTo=2021-12",
                                "unit=UNICOM",
                                "from=2021",
                                "to=2022",
                                "sort=newest",
                                "size=100"));
    }

    @Test
    void aFilterAloneListsTheDocumentsItLetsThrough() throws Exception {
        HttpResponse<byte[]> browse = get("/?type=oficio");
        assertThat(browse.statusCode()).isEqualTo(200);
        assertThat(text(browse)).contains("oficio-4756.txt");
        assertThat(json("/api/search?type=oficio")).containsKey("hits");
        assertThat((List<?>) json("/api/search?type=oficio").get("hits")).isNotEmpty();
    }

    @Test
    void theHomePageShowsWhatTheArchiveHolds() throws Exception {
        // when the page is opened with nothing asked
        HttpResponse<byte[]> home = get("/");

        // then it counts documents by type and year, lists the newest first and the failures to review
        assertThat(home.statusCode()).isEqualTo(200);
        String page = text(home);
        assertThat(page)
                .contains(
                        "Lo que guarda el archivo",
                        "5 documentos indexados",
                        "1 fallido",
                        "Por tipo",
                        "Por año",
                        "href=\"/?year=2022\"",
                        "href=\"/?type=oficio\"",
                        "Por revisar",
                        "roto.pdf");
        assertThat(page.indexOf("informe-2022.txt"))
                .as("newest first")
                .isPositive()
                .isLessThan(page.indexOf("oficio-4756.txt"));
        assertThat(page.indexOf("oficio-4756.txt")).isLessThan(page.indexOf("escaneo.txt"));
    }

    /** Raw request targets, as curl --path-as-is sends them: what a browser would encode, Tomcat refuses before Spring. */
    @ParameterizedTest
    @ValueSource(strings = {"/x|y", "/%", "/a%00b", "/doc/..%2f..%2fetc", "/?q=a[b"})
    void requestsTomcatRejectsGetTheSitesSentence(String target) throws Exception {
        assertThat(raw(target))
                .startsWith("HTTP/1.1 400")
                .contains("La dirección pedida no es válida")
                .doesNotContain("Tomcat", "HTTP Status", "Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?q=%zz", "/?q=%e9", "/api/search?q=%e9"})
    void undecodableParametersAre400WithASentence(String target) throws Exception {
        assertThat(raw(target))
                .startsWith("HTTP/1.1 400")
                .contains("no se puede leer")
                .doesNotContain("algo salió mal");
    }

    private static String raw(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
