package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.LuceneDocumentIndex;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document's page on a real port: each page's image beside its text (a PDF drawn by PDFBox, an
 * image file as it is, a TIFF's frames as PNG), served only for indexed documents whose file still
 * holds the indexed content, cached in the data directory; a search's terms marked on the text; the
 * original opened in place or downloaded.
 */
class DocumentPageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String PAGE_1 = "Oficio No. IEPC/SE/2119/2021\nSe informa a la Comisión Temporal del PREP.";
    static final String PAGE_2 = "Segunda página del oficio, sin más.";

    @TempDir
    static Path data;

    static WebServer server;
    static ArchiveDocument pdf;
    static ArchiveDocument changing;
    static ArchiveDocument png;
    static ArchiveDocument tiff;
    static ArchiveDocument text;
    static ArchiveDocument html;
    static ArchiveDocument failed;

    @BeforeAll
    static void start() throws Exception {
        Path files = Files.createDirectories(data.resolve("files"));
        Path oficio = writePdf(files.resolve("oficio-2119.pdf"), PAGE_1, PAGE_2);
        pdf = entry(oficio, "application/pdf", List.of(PAGE_1, PAGE_2), List.of(mention(PAGE_1, "IEPC/SE/2119/2021")));
        changing = entry(
                writePdf(files.resolve("cambia.pdf"), "Un documento que cambiará."),
                "application/pdf",
                List.of("Un documento que cambiará."),
                List.of());

        Path scan = files.resolve("escaneo.png");
        ImageIO.write(picture(400, 300, Color.ORANGE), "png", scan.toFile());
        png = entry(scan, "image/png", List.of("Texto leído por OCR."), List.of());

        Path frames = files.resolve("expediente.tif");
        writeTiff(frames, picture(3400, 2000, Color.BLUE), picture(300, 200, Color.GREEN));
        tiff = entry(frames, "image/tiff", List.of("Primera hoja.", "Segunda hoja."), List.of());

        Path note = files.resolve("nota.txt");
        Files.writeString(note, "Una nota de texto sobre la comisión.", StandardCharsets.UTF_8);
        text = entry(note, "text/plain; charset=UTF-8", List.of("Una nota de texto sobre la comisión."), List.of());

        Path page = files.resolve("pagina.html");
        Files.writeString(page, "<html><body><form>Una página web.</form></body></html>", StandardCharsets.UTF_8);
        html = entry(page, "text/html", List.of("Una página web."), List.of());

        Path broken = files.resolve("roto.pdf");
        Files.writeString(broken, "%PDF-1.4 truncated");
        failed = new ArchiveDocument(
                SmallArchive.sha256(broken),
                List.of(broken.toString()),
                DocumentStatus.FAILED,
                "damaged or truncated file: it could not be read",
                "application/pdf",
                null,
                0,
                List.of(),
                List.of());

        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            for (ArchiveDocument e : List.of(pdf, changing, png, tiff, text, html, failed)) {
                index.upsert(e);
            }
            index.commit();
        }
        server = WebServer.start(data, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // --- page images ---

    @Test
    void aPdfPageIsDrawnAsAPngAtScreenResolution() throws Exception {
        HttpResponse<byte[]> response = get("/doc/" + pdf.sha256() + "/page/2");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        // A4 (595 × 842 points) at 100 dpi.
        assertThat(image.getWidth()).isEqualTo(826);
        assertThat(image.getHeight()).isEqualTo(1169);
        assertThat(Files.isRegularFile(
                        data.resolve("pages").resolve(pdf.sha256()).resolve("2.png")))
                .isTrue();
    }

    @Test
    void aDrawnPageIsKeptAndServedAgainWithoutDrawingIt() throws Exception {
        String address = "/doc/" + pdf.sha256() + "/page/1";
        assertThat(get(address).statusCode()).isEqualTo(200);
        Path cached = data.resolve("pages").resolve(pdf.sha256()).resolve("1.png");
        assertThat(cached).isRegularFile();
        // Put another picture in its place: the server sends what the cache holds, so it did not draw the page again.
        byte[] marker = pngBytes(picture(7, 5, Color.RED));
        Files.write(cached, marker);

        HttpResponse<byte[]> again = get(address);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(marker);
        assertThat(Files.list(cached.getParent()).map(p -> p.getFileName().toString()))
                .as("no temporary file left behind")
                .noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void anImageFileIsServedAsItIs() throws Exception {
        HttpResponse<byte[]> response = get("/doc/" + png.sha256() + "/page/1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.body()).isEqualTo(Files.readAllBytes(Path.of(png.path())));
    }

    @Test
    void aTiffsFramesArePagesConvertedToPngAndLargeScansMadeSmaller() throws Exception {
        HttpResponse<byte[]> first = get("/doc/" + tiff.sha256() + "/page/1");
        HttpResponse<byte[]> second = get("/doc/" + tiff.sha256() + "/page/2");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage big = ImageIO.read(new ByteArrayInputStream(first.body()));
        assertThat(big.getWidth()).isEqualTo(PageImages.MAX_SIDE);
        assertThat(big.getHeight()).isEqualTo(1000);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(second.body()));
        assertThat(small.getWidth()).isEqualTo(300);
        assertThat(new Color(small.getRGB(150, 100))).isEqualTo(Color.GREEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3", "99999"})
    void aPageOutOfRangeHasNoImage(String page) throws Exception {
        HttpResponse<byte[]> response = get("/doc/" + pdf.sha256() + "/page/" + page);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(text(response)).contains("no tiene imagen").doesNotContain("Exception");
    }

    @Test
    void anUnknownIdHasNoImages() throws Exception {
        assertThat(get("/doc/" + "0".repeat(64) + "/page/1").statusCode()).isEqualTo(404);
        assertThat(get("/doc/..%2F..%2Fetc/page/1").statusCode()).isIn(400, 404);
        assertThat(get("/doc/" + pdf.sha256() + "/page/uno").statusCode()).isEqualTo(400);
    }

    @Test
    void aFailedDocumentOrOneWithoutPicturesHasNoImages() throws Exception {
        assertThat(get("/doc/" + failed.sha256() + "/page/1").statusCode()).isEqualTo(404);
        assertThat(get("/doc/" + text.sha256() + "/page/1").statusCode()).isEqualTo(404);
        assertThat(text(get("/doc/" + text.sha256()))).doesNotContain("<img").doesNotContain("no se muestran");
    }

    @Test
    void aFileChangedOnDiskIsNoLongerShown() throws Exception {
        String address = "/doc/" + changing.sha256() + "/page/1";
        assertThat(get(address).statusCode()).isEqualTo(200);
        Path file = Path.of(changing.path());
        Files.writeString(file, "otro contenido");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));

        assertThat(get(address).statusCode())
                .as("even with the image in the cache")
                .isEqualTo(404);
        assertThat(get("/doc/" + changing.sha256() + "/open").statusCode()).isEqualTo(404);
        assertThat(text(get("/doc/" + changing.sha256())))
                .doesNotContain("<img")
                .contains("Las imágenes de las páginas no se muestran");
    }

    // --- the document's page ---

    @Test
    void eachPageShowsItsImageBesideItsTextLazilyWithItsSize() throws Exception {
        String page = text(get("/doc/" + pdf.sha256()));

        assertThat(page).contains("<section class=\"page\" id=\"p1\">", "<section class=\"page\" id=\"p2\">");
        assertThat(page)
                .contains(
                        "<img src=\"/doc/" + pdf.sha256() + "/page/2\" loading=\"lazy\"",
                        "width=\"826\" height=\"1169\"",
                        "alt=\"Imagen de la página 2\"");
        assertThat(page).contains("href=\"/doc/" + pdf.sha256() + "/open#page=2\"", ">abrir en el PDF<");
        assertThat(page).contains("<a class=\"mention\" href=\"/id/IEPC/SE/2119/2021\"");
        // The list of pages wraps between numbers: a long document's list is not one unbreakable word.
        assertThat(page).contains("href=\"/doc/" + pdf.sha256() + "#p1\">1</a> <a");
    }

    @Test
    void aSearchsTermsAreMarkedAccentsFoldedAndPageLinksKeepTheQuery() throws Exception {
        String page = text(get("/doc/" + pdf.sha256() + "?q=comision"));

        assertThat(page).contains("<mark>Comisión</mark>", "1 coincidencia de «comision» marcada en el texto");
        assertThat(page).contains("href=\"/doc/" + pdf.sha256() + "?q=comision#p2\"");
        assertThat(text(get("/doc/" + pdf.sha256()))).doesNotContain("<mark>");
    }

    @Test
    void anIdentifierSearchedInAnySpellingIsMarkedInsideItsLink() throws Exception {
        String page = text(get("/doc/" + pdf.sha256() + "?q=iepc+%2F+se+%2F+2119+%2F+2021"));

        assertThat(page)
                .contains("<a class=\"mention\" href=\"/id/IEPC/SE/2119/2021\" title=\"oficio IEPC/SE/2119/2021\">"
                        + "<mark>IEPC/SE/2119/2021</mark></a>");
    }

    @Test
    void aQueryThatCannotBeReadLeavesTheTextUnmarked() throws Exception {
        HttpResponse<byte[]> response = get("/doc/" + pdf.sha256() + "?q=%22sin+cerrar");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response)).doesNotContain("<mark>").contains("Comisión Temporal");
    }

    @Test
    void searchHitsLinkTheirPagesWithTheQuery() throws Exception {
        String page = text(get("/?q=comision"));

        assertThat(page).contains("href=\"/doc/" + pdf.sha256() + "?q=comision#p1\"");
    }

    // --- the original ---

    @Test
    void theOriginalOpensInTheBrowserOrDownloads() throws Exception {
        HttpResponse<byte[]> open = get("/doc/" + pdf.sha256() + "/open");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(open.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline")
                .contains("oficio-2119.pdf");
        assertThat(open.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(open.body()).isEqualTo(Files.readAllBytes(Path.of(pdf.path())));

        HttpResponse<byte[]> download = get("/doc/" + pdf.sha256() + "/original");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
    }

    @Test
    void aWebPageInTheArchiveIsDownloadedNeverShownAsAPageOfThisSite() throws Exception {
        HttpResponse<byte[]> open = get("/doc/" + html.sha256() + "/open");

        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
    }

    // --- helpers ---

    private static HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static ArchiveDocument entry(Path file, String mediaType, List<String> pages, List<Mention> mentions)
            throws IOException {
        return new ArchiveDocument(
                SmallArchive.sha256(file),
                List.of(file.toString()),
                DocumentStatus.INDEXED,
                null,
                mediaType,
                "2021-10-27",
                0,
                pages,
                mentions);
    }

    private static Mention mention(String text, String id) {
        int start = text.indexOf(id);
        return new Mention(MentionType.OFICIO, id, id, 1, start, start + id.length());
    }

    /** A real PDF, one A4 page of text per argument, made with PDFBox. */
    static Path writePdf(Path file, String... pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 760);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static BufferedImage picture(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static byte[] pngBytes(BufferedImage image) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void writeTiff(Path file, BufferedImage... frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }
}
