package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.fixtures.SmallArchive;
import org.acervo.language.MessageFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the web interface in Spanish, by default and when the browser asks for it, and in
 * English when asked: rendered for real over a small archive, so a template or a table that shows a
 * key Thymeleaf could not find ({@code ??column.x_es??}) or an English header or value fails here.
 */
class SpanishInterfaceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A text node between two tags: the words a page shows. */
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");

    @TempDir
    static Path data;

    static SmallArchive archive;
    static WebServer server;
    /** The English words of messages_en.properties that Spanish says otherwise, without arguments. */
    static Set<String> english = new TreeSet<>();

    @BeforeAll
    static void start() throws Exception {
        archive = SmallArchive.build(data);
        server = WebServer.start(data, "127.0.0.1", 0);
        Properties en = MessageFiles.read("messages_en.properties");
        Properties es = MessageFiles.read("messages_es.properties");
        for (String key : en.stringPropertyNames()) {
            String word = en.getProperty(key).strip();
            if (!word.contains("{") && !word.equals(es.getProperty(key).strip())) {
                english.add(word);
            }
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Pages of every kind: home, search, no result, the five tables, an identifier, a document, errors. */
    private static List<String> pages() {
        return List.of(
                "/",
                "/?q=oficio",
                "/?q=xyzzyx",
                "/?q=oficio&size=1",
                "/?year=2021",
                "/xref",
                "/xref?table=matrix",
                "/xref?table=matrix&min=1&year=2021&sort=date&dir=desc",
                "/xref?table=chains",
                "/xref?table=register",
                "/xref?table=quality",
                "/id/IEPC/SE/2119/2021",
                "/id/IEPC/SE/2119/2021?year=2099",
                "/doc/" + archive.oficio2119.sha256(),
                "/doc/" + archive.informe2022.sha256(),
                "/doc/" + archive.failed.sha256(),
                "/no-hay-tal-pagina",
                "/?q=oficio&page=dos");
    }

    private static String get(String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private static List<String> texts(String page) {
        List<String> texts = new ArrayList<>();
        Matcher m = TEXT.matcher(page);
        while (m.find()) {
            String t = m.group(1).strip();
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        return texts;
    }

    @Test
    void everyPageIsInSpanishByDefaultWithoutUntranslatedKeysOrEnglishWords() throws Exception {
        for (String language : new String[] {null, "es-MX,es;q=0.9", "fr-FR"}) {
            for (String path : pages()) {
                String page = get(path, language);
                assertThat(page).as(path + " " + language).doesNotContain("??").contains("<html lang=\"es\"");
                assertThat(texts(page)).as(path + " " + language).doesNotContainAnyElementsOf(english);
            }
        }
    }

    @Test
    void tablesHaveSpanishTitlesHeadersAndValues() throws Exception {
        assertThat(get("/xref", null))
                .contains(
                        "<h2>Índice de identificadores</h2>",
                        ">primera mención</a>",
                        ">visto por primera vez</a>",
                        "filas 1–6 de 6")
                .doesNotContain("first mention", "Identifier index");
        assertThat(get("/xref?table=quality", null))
                .contains("<span>fallido</span>", "sin identificadores", "fallido: ", ">calidad de palabras</a>");
        assertThat(get("/", null))
                .contains("archivo dañado o truncado: no se pudo leer")
                .doesNotContain("damaged or truncated");
        assertThat(get("/xref?table=chains", null)).contains(">documento propio</a>", ">llega a</a>");
    }

    @Test
    void pluralsAgreeWithTheirNumber() throws Exception {
        assertThat(get("/doc/" + archive.oficio2119.sha256(), null))
                .contains("1 página")
                .doesNotContain("1 páginas");
        assertThat(get("/doc/" + archive.informe2022.sha256(), null)).contains("2 páginas");
        assertThat(get("/", null)).contains("1 fallido<").doesNotContain("1 fallidos");
    }

    @Test
    void errorPagesSpeakSpanish() throws Exception {
        assertThat(get("/no-hay-tal-pagina", null))
                .contains("no hay ninguna página en /no-hay-tal-pagina", "Volver a la búsqueda");
        assertThat(get("/?q=oficio&page=dos", null)).contains("el parámetro &#39;page&#39; no puede ser &#39;dos&#39;");
    }

    @Test
    void exportsForPeopleHaveSpanishHeadersAndCsvKeepsItsKeys() throws Exception {
        assertThat(get("/xref/export?table=index&format=md", null))
                .startsWith("| identificador | tipo | documento | fecha | páginas |");
        assertThat(get("/xref/export?table=quality&format=html", null)).contains("<th>problemas</th>", "fallido");
        assertThat(get("/xref/export?table=index&format=csv", null))
                .startsWith("\uFEFFidentifier,type,document,date,pages,mentions,first mention");
        assertThat(get("/xref/export?table=quality&format=csv", null)).contains(",failed,");
    }

    @Test
    void englishWhenTheBrowserAsksForIt() throws Exception {
        for (String path : pages()) {
            String page = get(path, "en-US,en;q=0.8");
            assertThat(page).as(path).doesNotContain("??").contains("<html lang=\"en\"");
        }
        assertThat(get("/xref", "en")).contains("<h2>Identifier index</h2>", ">first mention</a>", "rows 1–6 of 6");
        assertThat(get("/doc/" + archive.oficio2119.sha256(), "en"))
                .contains("1 page<")
                .doesNotContain("páginas");
        assertThat(get("/no-hay-tal-pagina", "en")).contains("there is no page at /no-hay-tal-pagina");
    }
}
