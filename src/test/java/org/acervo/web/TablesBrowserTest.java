package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.fixtures.BrowserSession;
import org.acervo.fixtures.HeadlessChromium;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.LuceneDocumentIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cross-reference tables in a real browser (headless Chromium, set up as {@link SearchPageBrowserTest}
 * does): the identifier index of the small archive plus 60 oficios, so it fills two pages, is paged,
 * sorted by a click on a header, filtered by year through its form, and exported with the filter.
 */
@Tag("slow")
class TablesBrowserTest {

    /** The small archive's six index rows and one for each added oficio. */
    static final int ROWS = 6 + 60;

    @TempDir
    static Path data;

    @TempDir
    static Path profile;

    static BrowserSession web;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        SmallArchive.build(data);
        addOficios(data);
        web = BrowserSession.serve(data, profile);
        browser = web.browser();
    }

    /** Sixty oficios under files/lote/2020 and files/lote/2021, each its own number in its heading, dated in that year. */
    private static void addOficios(Path data) throws Exception {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            for (int i = 1; i <= 60; i++) {
                String year = i % 2 == 0 ? "2021" : "2020";
                String number = "IEPC/SE/" + (300 + i) + "/" + year;
                String text = "Oficio No. " + number + "\nVictoria de Durango, Dgo.";
                Path file = Files.createDirectories(data.resolve("files/lote/" + year))
                        .resolve("oficio-" + (300 + i) + ".txt");
                Files.writeString(file, text, StandardCharsets.UTF_8);
                String date = year + "-" + String.format("%02d", 1 + i % 12) + "-" + String.format("%02d", 1 + i % 28);
                index.upsert(new ArchiveDocument(
                        SmallArchive.sha256(file),
                        List.of(file.toString()),
                        DocumentStatus.INDEXED,
                        null,
                        "text/plain",
                        date,
                        0,
                        List.of(text),
                        List.of(new Mention(MentionType.OFICIO, number, number, 1, 11, 11 + number.length()))));
            }
            index.commit();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (web != null) {
            web.close();
        }
    }

    private static String url(String path) {
        return web.url(path);
    }

    private static void open(String path) {
        browser.get(url(path));
        loaded();
    }

    private static void loaded() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver ->
                        "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** Clicks a link that leads to another page and waits for that page. */
    private static void follow(WebElement link) {
        String before = browser.getCurrentUrl();
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().equals(before));
        loaded();
    }

    private static String totals() {
        return browser.findElement(By.cssSelector(".table-totals strong")).getText();
    }

    /** The cells of one column of the table shown, by its position. */
    private static List<String> column(int index) {
        List<String> cells = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector(".paged-table tbody tr"))) {
            cells.add(row.findElements(By.tagName("td")).get(index).getText());
        }
        return cells;
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = HeadlessChromium.screenshot(browser, "tables-" + name + ".png");
        assertThat(png.length).as("a rendered page, not a blank one").isGreaterThan(10_000);
    }

    @Test
    void theIndexIsPagedSortedFilteredAndExportedWithItsFilter() throws Exception {
        open("/xref?table=index");
        WebElement current = browser.findElement(By.cssSelector("[role=tablist] [aria-selected=true]"));
        assertThat(current.getText()).isEqualTo("índice");
        assertThat(browser.findElements(By.cssSelector("[role=tab]"))).hasSize(5);
        assertThat(totals()).isEqualTo("filas 1–50 de " + ROWS);
        List<String> firstPage = column(0);
        assertThat(firstPage).hasSize(50);
        // Paths below the archive's folder, file name first, the full path on hover.
        WebElement path = browser.findElement(By.cssSelector(".paged-table a.path"));
        assertThat(path.getAttribute("title")).startsWith(data.resolve("files").toString() + "/");
        assertThat(browser.findElements(By.cssSelector(".paged-table a.path")).stream()
                        .map(WebElement::getText))
                .contains("oficio-302.txt — lote/2021/");
        screenshot("index");

        // Paged: page 2 holds the other rows.
        follow(browser.findElement(By.cssSelector(".pager a[rel=next]")));
        assertThat(browser.getCurrentUrl()).contains("page=2");
        assertThat(totals()).isEqualTo("filas 51–" + ROWS + " de " + ROWS);
        List<String> secondPage = column(0);
        assertThat(secondPage).hasSize(ROWS - 50).doesNotContainAnyElementsOf(firstPage);

        // Sorted: a click on the date header sorts by date, from the first page; a second click reverses it.
        follow(browser.findElement(By.xpath("//th/a[@class='sort' and normalize-space()='fecha']")));
        assertThat(browser.getCurrentUrl()).contains("sort=date", "dir=asc").doesNotContain("page=");
        List<String> ascending = column(3);
        assertThat(ascending).isSorted();
        assertThat(ascending.get(0)).as("oficio-301, the earliest").isEqualTo("2020-02-02");
        assertThat(browser.findElement(By.cssSelector("th[aria-sort=ascending]"))
                        .getText())
                .contains("fecha", "▲");
        follow(browser.findElement(By.xpath("//th/a[@class='sort' and contains(normalize-space(), 'fecha')]")));
        List<String> descending = column(3);
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(descending.get(0)).startsWith("2022-");
        screenshot("sorted");

        // Filtered: the year 2020 leaves the thirty oficios of 2020, still sorted.
        new Select(browser.findElement(By.cssSelector("form.table-filters select[name=year]"))).selectByValue("2020");
        follow(browser.findElement(By.cssSelector("form.table-filters button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("year=2020", "sort=date");
        assertThat(totals()).isEqualTo("filas 1–30 de 30");
        assertThat(browser.findElement(By.cssSelector(".table-totals .muted")).getText())
                .contains("filtradas de " + ROWS);
        List<String> filtered = column(3);
        assertThat(filtered)
                .hasSize(30)
                .allMatch(d -> d.startsWith("2020-"))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        screenshot("filtered");

        // The export carries the filter and the order, and the whole of it.
        WebElement csv = browser.findElement(By.xpath("//p[@class='table-totals']/a[normalize-space()='csv']"));
        String href = csv.getAttribute("href");
        assertThat(href)
                .contains("/xref/export", "year=2020", "sort=date", "dir=desc", "format=csv")
                .doesNotContain("page=");
        String exported = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        List<String> lines = exported.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFidentifier,type,document,date");
        assertThat(lines.subList(1, lines.size())).hasSize(30).allMatch(l -> l.split(",")[3].startsWith("2020-"));
        assertThat(lines.get(1).split(",")[3]).isEqualTo(filtered.get(0));
    }

    @Test
    void theMatrixHidesIdentifiersCitedOnceAndSaysHowMany() throws Exception {
        open("/xref?table=matrix");
        assertThat(browser.findElement(By.cssSelector(".table-totals")).getText())
                .contains("columnas ocultas");
        List<String> shown = browser.findElements(By.cssSelector(".paged-table thead th")).stream()
                .map(WebElement::getText)
                .toList();
        // Only the two identifiers two documents cite: IEPC/SE/2119/2021 and INE/UNICOM/4756/2021.
        assertThat(shown).hasSize(4);
        WebElement min = browser.findElement(By.cssSelector("form.table-filters input[name=min]"));
        min.clear();
        min.sendKeys("1");
        follow(browser.findElement(By.cssSelector("form.table-filters button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector(".paged-table thead th")).size())
                .isGreaterThan(60);
        // A cell's pages open the document at that page.
        assertThat(browser.findElement(By.cssSelector(".paged-table td a.page")).getAttribute("href"))
                .matches(".*/doc/[0-9a-f]{64}#p\\d+");
        open("/xref?table=matrix");
        screenshot("matrix");
    }

    @Test
    void anIdentifiersTablesSortEachOnItsOwn() throws Exception {
        open("/id/IEPC/SE/2119/2021");
        List<WebElement> tables = browser.findElements(By.cssSelector(".paged-table"));
        assertThat(tables).hasSize(3);
        follow(tables.get(1).findElement(By.xpath(".//th/a[@class='sort' and normalize-space()='pasos']")));
        assertThat(browser.getCurrentUrl()).contains("chains.sort=steps").doesNotContain("&sort=", "?sort=");
        follow(browser.findElements(By.cssSelector(".paged-table"))
                .get(0)
                .findElement(By.xpath(".//th/a[@class='sort' and normalize-space()='documento']")));
        assertThat(browser.getCurrentUrl())
                .as("the chains keep their order")
                .contains("chains.sort=steps", "sort=document");
        assertThat(browser.findElement(By.cssSelector(".paged-table th[aria-sort=ascending]"))
                        .getText())
                .contains("documento");
        screenshot("id");
    }
}
