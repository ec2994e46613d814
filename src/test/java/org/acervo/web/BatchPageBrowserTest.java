package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The batch search page in a real browser (headless Chromium, as {@link SearchPageBrowserTest}): five
 * identifiers pasted, two in odd spellings and one the archive does not know, their rows and the one
 * not found, and the CSV the page's export form posts.
 */
@Tag("slow")
class BatchPageBrowserTest {

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

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = HeadlessChromium.screenshot(browser, name);
        assertThat(png.length).as("a rendered page, not a blank one").isGreaterThan(10_000);
    }

    @Test
    void fiveIdentifiersPastedTwoOddlySpelledOneUnknownGiveTheirRowsTheNotFoundAndACsv() throws Exception {
        browser.get(url("/"));
        browser.findElement(By.linkText("Búsqueda por lote")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/lote"));
        WebElement box = browser.findElement(By.name("ids"));
        box.sendKeys("INE / UNICOM / 4756 / 2021\nlEPC/SE/2l19/2O21\n5388/2021\nIEPC/CG139/2021\nINE/UNICOM/9999/2021");
        screenshot("lote-form.png");
        browser.findElement(By.cssSelector("form.lote-form button[type=submit]"))
                .click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lote-results")));
        wait.until(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.cssSelector(".lote-results > p strong"))
                        .getText())
                .isEqualTo("5 identificadores buscados: 4 encontrados, 6 filas");
        assertThat(texts("table.lote-rows th"))
                .containsExactly("identificador", "buscado como", "documento", "páginas", "fecha", "primera mención");
        assertThat(texts("table.lote-rows tbody td:nth-child(1)"))
                .containsExactly(
                        "INE / UNICOM / 4756 / 2021",
                        "INE / UNICOM / 4756 / 2021",
                        "lEPC/SE/2l19/2O21",
                        "lEPC/SE/2l19/2O21",
                        "5388/2021",
                        "IEPC/CG139/2021");
        assertThat(texts("table.lote-rows tbody td:nth-child(2)"))
                .containsExactly(
                        "INE/UNICOM/4756/2021",
                        "INE/UNICOM/4756/2021",
                        "IEPC/SE/2119/2021",
                        "IEPC/SE/2119/2021",
                        "INE/UNICOM/5388/2021",
                        "IEPC/CG139/2021");
        assertThat(texts("table.lote-rows tbody td:nth-child(3)")).allMatch(p -> p.endsWith(".txt"));
        WebElement page2 =
                browser.findElement(By.cssSelector("table.lote-rows tbody tr:nth-child(5) td:nth-child(4) a"));
        assertThat(page2.getText()).isEqualTo("2");
        assertThat(page2.getAttribute("href")).endsWith("/doc/" + archive.informe2022.sha256() + "#p2");
        assertThat(texts(".not-found li")).containsExactly("INE/UNICOM/9999/2021");
        assertThat(browser.getPageSource()).doesNotContain("??");
        screenshot("lote-results.png");

        // The export form carries the list in a hidden field: post it as the browser would, and read the CSV.
        WebElement export = browser.findElement(By.cssSelector("form.lote-export"));
        assertThat(export.getAttribute("method")).isEqualTo("post");
        assertThat(export.getAttribute("action")).endsWith("/lote/export");
        assertThat(export.findElements(By.cssSelector("button[name=format]")))
                .extracting(b -> b.getAttribute("value"))
                .containsExactly("csv", "xlsx");
        String ids = export.findElement(By.cssSelector("input[name=ids]")).getAttribute("value");
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/lote/export")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "format=csv&ids=" + URLEncoder.encode(ids, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("acervo-lote.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("\uFEFFidentifier,searchedAs,document,path,pages,date,firstMention");
        assertThat(lines.get(3)).startsWith("lEPC/SE/2l19/2O21,IEPC/SE/2119/2021," + archive.acuerdo139.sha256() + ",");
        assertThat(lines.get(5))
                .startsWith("5388/2021,INE/UNICOM/5388/2021," + archive.informe2022.sha256() + ",")
                .contains(
                        "informe-2022.txt,2,2022-01-05,El 17 de diciembre de 2021 se recibe el oficio INE/UNICOM/5388/2021");
        assertThat(csv.body()).doesNotContain("9999");
    }

    @Test
    void atPhoneWidthThePageDoesNotScrollSideways() throws Exception {
        browser.manage().window().setSize(new Dimension(420, 900));
        try {
            browser.get(url("/lote"));
            browser.findElement(By.name("ids")).sendKeys("INE/UNICOM/4756/2021\nIEPC/SE/9/2021");
            browser.findElement(By.cssSelector("form.lote-form button[type=submit]"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lote-results")));

            Object overflow = ((JavascriptExecutor) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue())
                    .as("px of sideways scroll")
                    .isLessThanOrEqualTo(0);
            screenshot("lote-narrow.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
