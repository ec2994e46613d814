package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.fixtures.BrowserSession;
import org.acervo.fixtures.HeadlessChromium;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.LuceneDocumentIndex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A search hit's page link in a real browser (headless Chromium, as {@link SearchPageBrowserTest}):
 * it opens the document at that page, with the page's image drawn beside its text and the search's
 * terms marked; narrow, the image stands above the text; printed, the page has no navigation.
 */
@Tag("slow")
class DocumentPageBrowserTest {

    static final List<String> PAGES = List.of(
            "Victoria de Durango, Dgo., a 3 de noviembre de 2021\nOficio No. IEPC/SE/2201/2021\nAsunto: se remite informe.",
            "Se adjunta el informe del Programa de Resultados Electorales Preliminares\ncon las cifras de la jornada.",
            "La Comisión Temporal del PREP sesionó el 2 de noviembre de 2021\ny aprobó el informe que se adjunta.",
            "Atentamente,\nla Secretaría Ejecutiva.");

    @TempDir
    static Path data;

    @TempDir
    static Path profile;

    static ArchiveDocument oficio;
    static BrowserSession web;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Path files = Files.createDirectories(data.resolve("files"));
        Path pdf = DocumentPageTest.writePdf(files.resolve("oficio-2201.pdf"), PAGES.toArray(String[]::new));
        oficio = new ArchiveDocument(
                SmallArchive.sha256(pdf),
                List.of(pdf.toString()),
                DocumentStatus.INDEXED,
                null,
                "application/pdf",
                "2021-11-03",
                0,
                PAGES,
                List.of());
        Path note = files.resolve("nota.txt");
        Files.writeString(note, "Nota sin comisiones.", StandardCharsets.UTF_8);
        ArchiveDocument text = new ArchiveDocument(
                SmallArchive.sha256(note),
                List.of(note.toString()),
                DocumentStatus.INDEXED,
                null,
                "text/plain",
                "2021-11-04",
                0,
                List.of("Nota sin comisiones."),
                List.of());
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(oficio);
            index.upsert(text);
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

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private static void waitForPage() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> "complete".equals(script("return document.readyState")));
    }

    /** Waits until the image has arrived and been decoded, and says how wide it is. */
    private static long loadedWidth(WebElement image) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> Boolean.TRUE.equals(
                        script("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
        // Decoded too, so a screenshot taken next shows it rather than an empty frame.
        script("return arguments[0].decode().then(() => true)", image);
        return (Long) script("return arguments[0].naturalWidth", image);
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = HeadlessChromium.screenshot(browser, name);
    }

    @Test
    void aHitsPageLinkOpensTheDocumentAtThatPageWithItsImageAndTheTermsMarked() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/"));
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("comision");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
        waitForPage();

        WebElement hit = browser.findElements(By.cssSelector(".hit")).stream()
                .filter(h -> h.findElement(By.cssSelector("h3 a")).getText().endsWith("oficio-2201.pdf"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the PDF is not among the hits"));
        WebElement pageLink = hit.findElement(By.cssSelector(".muted a"));
        assertThat(pageLink.getText()).isEqualTo("3");
        pageLink.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/doc/" + oficio.sha256()));
        waitForPage();

        assertThat(browser.getCurrentUrl()).endsWith("/doc/" + oficio.sha256() + "?q=comision#p3");
        WebElement page = browser.findElement(By.id("p3"));
        assertThat(page.findElement(By.tagName("h3")).getText()).startsWith("Página 3");
        WebElement image = page.findElement(By.cssSelector(".page-image img"));
        assertThat(loadedWidth(image))
                .as("the page's image was drawn and shown")
                .isEqualTo(826L);
        assertThat(image.getAttribute("alt")).isEqualTo("Imagen de la página 3");
        assertThat(page.findElements(By.cssSelector(".page-text mark")))
                .extracting(WebElement::getText)
                .containsExactly("Comisión");
        // The browser went to that page: its heading is at the top of the window.
        Number top = (Number) script("return arguments[0].getBoundingClientRect().top", page);
        assertThat(top.doubleValue()).isBetween(-2.0, 40.0);
        // Wide, the image stands beside the text.
        WebElement text = page.findElement(By.cssSelector(".page-text"));
        assertThat(text.getRect().getX())
                .isGreaterThan(image.getRect().getX() + image.getRect().getWidth() - 1);
        screenshot("doc-page.png");
    }

    @Test
    void onANarrowScreenTheImageStandsAboveTheTextWithoutScrollingSideways() throws Exception {
        browser.manage().window().setSize(new Dimension(420, 900));
        try {
            browser.get(url("/doc/" + oficio.sha256() + "?q=comision#p3"));
            waitForPage();
            WebElement page = browser.findElement(By.id("p3"));
            WebElement image = page.findElement(By.cssSelector(".page-image img"));
            WebElement text = page.findElement(By.cssSelector(".page-text"));
            loadedWidth(image);

            assertThat(text.getRect().getY())
                    .isGreaterThanOrEqualTo(
                            image.getRect().getY() + image.getRect().getHeight());
            assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(
                            "wider than the window: %s",
                            script("return [...document.querySelectorAll('body *')]"
                                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                                    + ".map(e => e.tagName + '.' + e.className).join(', ')"))
                    .isTrue();
            screenshot("doc-page-narrow.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aPrintedDocumentHasItsPagesAndNoNavigation() throws Exception {
        browser.get(url("/doc/" + oficio.sha256()));
        waitForPage();
        // Lazy images load only near the window: bring each into view before printing.
        for (WebElement image : browser.findElements(By.cssSelector(".page-image img"))) {
            script("arguments[0].scrollIntoView()", image);
            loadedWidth(image);
        }
        String printed = ((ChromeDriver) browser).print(new PrintOptions()).getContent();
        byte[] pdf = Base64.getDecoder().decode(printed);
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.write(HeadlessChromium.SCREENSHOTS.resolve("doc-page-print.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String words = new PDFTextStripper().getText(document);
            assertThat(words)
                    .contains("Página 1", "Página 4", "La Comisión Temporal del PREP")
                    .doesNotContain("Tablas de referencias", "descargar el original", "abrir en el PDF");
            assertThat(document.getNumberOfPages())
                    .as("a page of the document per printed page")
                    .isEqualTo(PAGES.size());
            ImageIO.write(
                    new PDFRenderer(document).renderImageWithDPI(0, 60),
                    "png",
                    HeadlessChromium.SCREENSHOTS.resolve("doc-page-print.png").toFile());
        }
    }
}
