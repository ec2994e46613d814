package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browsing in a real browser (headless Chromium, set up as in {@link SearchPageBrowserTest}): the
 * home page in Spanish, a year browsed without typing anything, the timeline's bars, the
 * correspondence tree, the layout at 420 px and the {@code /} key. Screenshots are kept under
 * {@code target/screenshots/} for a person to look at.
 */
@Tag("slow")
class BrowsingBrowserTest {

    @TempDir
    static Path data;

    @TempDir
    static Path profile;

    static SmallArchive archive;
    static BrowserSession web;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        archive = SmallArchive.build(data);
        // An acuerdo of 2009 stretches the timeline over thirteen years, drawn by year and wider than a phone.
        String text = "Acuerdo CG474/2008 del Consejo General, aprobado el 29 de mayo de 2009.";
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(new ArchiveDocument(
                    "%064x".formatted(2009),
                    List.of(data.resolve("files/acuerdo-2009.txt").toString()),
                    DocumentStatus.INDEXED,
                    null,
                    "text/plain",
                    "2009-05-29",
                    0,
                    List.of(text),
                    List.of(new Mention(
                            MentionType.DATE,
                            "2009-05-29",
                            "29 de mayo de 2009",
                            1,
                            text.indexOf("29 de mayo"),
                            text.indexOf("29 de mayo") + 18))));
            index.commit();
        }
        web = BrowserSession.serve(data, profile);
        browser = web.browser();
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

    private static void open(String path, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(url(path));
        loaded();
    }

    private static void loaded() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver ->
                        "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = HeadlessChromium.screenshot(browser, name);
    }

    /** Nothing on the page is wider than the window: no horizontal scroll bar. */
    private static void assertNoHorizontalScroll(String page) {
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
        long innerWidth = (Long) js("return window.innerWidth");
        assertThat(scrollWidth).as(page + " at " + innerWidth + " px").isLessThanOrEqualTo(innerWidth);
    }

    @Test
    void aSearchShowsSpanishLabels() throws Exception {
        open("/", 1280);
        WebElement box = browser.findElement(By.cssSelector("main input[name=q]"));
        box.sendKeys("oficio");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=oficio"));
        loaded();

        assertThat(browser.findElement(By.cssSelector("form.filters button[type=submit]"))
                        .getText())
                .isEqualTo("Buscar");
        assertThat(browser.findElement(By.cssSelector("form.filters summary")).getText())
                .isEqualTo("Filtros y orden");
        assertThat(texts("aside strong")).contains("Tipo", "Órgano", "Año");
        assertThat(browser.findElement(By.cssSelector("section > p strong")).getText())
                .matches("\\d+ documentos?");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    }

    @Test
    void theHomePageBrowsesAYearWithoutAQuery() throws Exception {
        open("/", 1280);
        assertThat(browser.findElement(By.cssSelector("section h2")).getText()).isEqualTo("Lo que guarda el archivo");
        assertThat(texts("aside strong")).containsExactly("Por tipo", "Por órgano", "Por año");
        assertThat(browser.findElements(By.cssSelector(".timeline svg a")))
                .as("the timeline's bars")
                .isNotEmpty();
        screenshot("home.png");

        browser.findElement(By.linkText("2021")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("year=2021"));
        loaded();

        assertThat(browser.getCurrentUrl()).doesNotContain("q=");
        assertThat(browser.findElement(By.cssSelector("section h2")).getText())
                .isEqualTo("Documentos, los más recientes primero");
        assertThat(texts(".active-filters li")).singleElement().asString().startsWith("Año: 2021");
        // Newest first: oficio 2119 and acuerdo 139 of 27 October, then oficio 4756 of 20 October.
        List<String> hits = texts(".hit h3 a");
        assertThat(hits).hasSize(3);
        assertThat(hits.get(2)).endsWith("oficio-4756.txt");
        assertThat(browser.findElement(By.cssSelector("section > p strong")).getText())
                .isEqualTo("3 documentos");

        // Paged: two a page, the next page carries the filter and nothing else.
        open("/?year=2021&size=2", 1280);
        assertThat(browser.findElement(By.cssSelector(".pager span")).getText()).isEqualTo("Página 1 de 2");
        browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("page=2"));
        loaded();
        assertThat(browser.getCurrentUrl()).endsWith("/?year=2021&size=2&page=2");
        assertThat(texts(".hit h3 a")).singleElement().asString().endsWith("oficio-4756.txt");

        // Removing the filter goes back home.
        browser.findElement(By.cssSelector(".active-filters a")).click();
        loaded();
        assertThat(browser.findElement(By.cssSelector("section h2")).getText()).isEqualTo("Lo que guarda el archivo");
    }

    @Test
    void aTimelineBarListsItsDocuments() {
        open("/", 1280);
        List<WebElement> bars = browser.findElements(By.cssSelector(".timeline svg a.documents"));
        // 2009 to 2022 is too long for months: a bar per year, the first 2009's.
        assertThat(bars).hasSize(3);
        WebElement year = bars.get(1);
        assertThat(year.findElement(By.tagName("title")).getAttribute("textContent"))
                .isEqualTo("2021: 3 documentos fechados");
        assertThat(year.getDomAttribute("href")).isEqualTo("/?from=2021&to=2021");
        year.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("from=2021"));
        loaded();
        assertThat(browser.getCurrentUrl()).contains("from=2021", "to=2021");
        assertThat(texts(".hit h3 a")).hasSize(3);
    }

    @Test
    void theCorrespondenceTreeIndentsWhoAnswersWhom() throws Exception {
        open("/id/INE/UNICOM/4756/2021", 1280);
        List<WebElement> top = browser.findElements(By.cssSelector("section.chains > ul.chain-tree > li"));
        assertThat(top).singleElement().satisfies(li -> {
            assertThat(li.findElement(By.cssSelector(".rel")).getText()).isEqualTo("contestado por");
            assertThat(li.findElement(By.cssSelector("a.node")).getText()).isEqualTo("IEPC/SE/2119/2021");
            WebElement nested = li.findElement(By.cssSelector("ul.chain-tree > li"));
            assertThat(nested.findElement(By.cssSelector(".rel")).getText()).isEqualTo("citado por");
            assertThat(nested.findElement(By.cssSelector("a.node")).getText()).isEqualTo("IEPC/CG139/2021");
            assertThat(nested.getLocation().getX())
                    .as("indented")
                    .isGreaterThan(li.getLocation().getX());
        });
        js("document.querySelector('section.chains').scrollIntoView()");
        screenshot("id-tree.png");
    }

    @Test
    void at420PixelsNothingScrollsSideways() throws Exception {
        open("/", 420);
        assertNoHorizontalScroll("/");
        // The plot is wider than the window: it scrolls inside its own box.
        assertThat((Long) js("return document.querySelector('.timeline').scrollWidth"))
                .isGreaterThan((Long) js("return document.querySelector('.timeline').clientWidth"));
        screenshot("home-420.png");

        open("/?q=oficio", 420);
        assertNoHorizontalScroll("/?q=oficio");
        // The facets stack above the results instead of beside them.
        WebElement aside = browser.findElement(By.tagName("aside"));
        WebElement results = browser.findElement(By.cssSelector(".layout > section"));
        assertThat(results.getLocation().getY())
                .isGreaterThan(aside.getLocation().getY() + aside.getSize().getHeight() - 1);
        screenshot("search-420.png");

        for (String page : List.of(
                "/?year=2021", "/id/IEPC/SE/2119/2021", "/xref", "/lote", "/doc/" + archive.oficio2119.sha256())) {
            open(page, 420);
            assertNoHorizontalScroll(page);
        }
        open("/id/IEPC/SE/2119/2021", 360);
        assertNoHorizontalScroll("/id at 360");
    }

    @Test
    void theSlashKeyFocusesTheSearchBox() {
        open("/?year=2021", 1280);
        browser.findElement(By.tagName("body")).click();
        new Actions(browser).sendKeys("/").perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("name")).isEqualTo("q");
        assertThat(focused.getAttribute("value")).as("the slash is not typed").isEmpty();

        // On a page without the search form, the header's box.
        open("/id/IEPC/SE/2119/2021", 1280);
        browser.findElement(By.tagName("h1")).click();
        new Actions(browser).sendKeys("/").perform();
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("q");
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichShowsItself() {
        open("/id/IEPC/SE/2119/2021", 1280);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Saltar al contenido");
        assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
    }
}
