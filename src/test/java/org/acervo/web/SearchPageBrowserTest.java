package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acervo.fixtures.BrowserSession;
import org.acervo.fixtures.HeadlessChromium;
import org.acervo.fixtures.SmallArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser: headless Chromium from Debian (packages {@code chromium} and
 * {@code chromium-driver}, installed by {@code ./acervo test}) driven by Selenium against the web
 * server on 127.0.0.1. A missing browser fails the test with what to install; it is never skipped.
 */
@Tag("slow")
class SearchPageBrowserTest {

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

    /** Types the query into the page's search box and submits the form as a person would. */
    private static void searchFor(String query) {
        browser.get(url("/"));
        WebElement box = browser.findElement(By.name("q"));
        box.clear();
        box.sendKeys(query);
        WebElement button = browser.findElement(By.cssSelector("form.filters button[type=submit]"));
        button.click();
        // Wait for the results page itself: asking the old button whether it went stale can meet the
        // page half-replaced, which Chromium reports as a generic error rather than as staleness.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(driver -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void anIdentifierTypedWithSpacesFindsBothDocumentsWithMarkedSnippetsAndPages() throws IOException {
        searchFor("ine / unicom / 4756 / 2021");

        assertThat(browser.getCurrentUrl()).contains("q=ine");
        assertThat(browser.findElement(By.cssSelector("section > p strong")).getText())
                .isEqualTo("2 documentos");
        assertThat(texts(".hit h3 a"))
                .hasSize(2)
                .anyMatch(p -> p.endsWith("oficio-2119.txt"))
                .anyMatch(p -> p.endsWith("oficio-4756.txt"));
        assertThat(texts(".hit .snippet mark")).hasSize(2).containsOnly("INE/UNICOM/4756/2021");
        assertThat(texts(".hit .snippet")).allMatch(s -> s.startsWith("p. 1 "));
        // Each hit links its matching pages: both documents match on page 1 only.
        for (WebElement hit : browser.findElements(By.cssSelector(".hit"))) {
            List<WebElement> pages = hit.findElements(By.cssSelector(".muted a"));
            assertThat(pages).extracting(WebElement::getText).containsExactly("1");
            assertThat(pages.get(0).getAttribute("href")).matches(".*/doc/[0-9a-f]{64}\\?q=ine.*#p1");
        }
        assertThat(browser.findElement(By.cssSelector(".hit mark")).getCssValue("background-color"))
                .as("matches are highlighted")
                .isEqualTo("rgba(255, 226, 122, 1)");

        // Kept after the run, for a person to look at: the search page with its results.
        byte[] png = HeadlessChromium.screenshot(browser, "search-page.png");
        assertThat(png.length).as("a rendered page, not a blank one").isGreaterThan(10_000);
    }

    @Test
    void aScriptInADocumentShowsAsTextInSnippetsAndOnTheDocumentPage() {
        searchFor("atentamente");

        WebElement hit = browser.findElements(By.cssSelector(".hit")).stream()
                .filter(h -> h.findElement(By.cssSelector("h3 a")).getText().endsWith("oficio-4756.txt"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("oficio-4756.txt is not among the hits: " + texts(".hit h3 a")));
        assertThat(hit.findElement(By.cssSelector(".snippet")).getText()).contains("<script>alert('x')</script>");
        assertThat(hit.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("Atentamente");
        assertNoScriptRan();

        hit.findElement(By.cssSelector("h3 a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/doc/" + archive.oficio4756.sha256()));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("<script>alert('x')</script> Atentamente");
        assertNoScriptRan();
    }

    /** The fixture's script would open an alert, and the page would hold a script element, had it been rendered as HTML. */
    private static void assertNoScriptRan() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("main script"))).isEmpty();
    }
}
