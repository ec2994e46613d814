package org.acervo.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Generates the benchmark corpus (never committed): text PDFs of 1 to 20 pages in the style of IEPC
 * reports, and scanned pages as image-only PDFs plus the same 300-dpi page images as PNG files for
 * the tesseract CLI baseline.
 *
 * <p>Usage: {@code BenchCorpus DIR [TEXT_PDFS] [SCANNED_PAGES] [PAGES_PER_SCAN]} (defaults 300, 30 and 3).
 * Writes {@code DIR/text/}, {@code DIR/scans/}, {@code DIR/scan-pages/} and {@code DIR/pages.txt} (page
 * counts). The scanned pages are the same for the same counts of text PDFs and pages, however they are
 * bound into PDFs: 60 pages as 20 PDFs of 3 or as one of 60 hold the same images.
 */
public final class BenchCorpus {

    private static final String[] WORDS = ("informe avance implementación operación programa resultados electorales "
                    + "preliminares instituto electoral participación ciudadana estado durango unidad técnica cómputo "
                    + "comisión temporal consejo general sesión ordinaria extraordinaria acuerdo oficio remite constancia "
                    + "conocimiento consejeros integrantes lineamientos proceso local ordinario plan trabajo calendario "
                    + "comité técnico asesor auditoría sistema informático centros acopio transmisión datos captura "
                    + "verificación personal simulacro publicación actualizaciones representaciones partidistas")
            .split(" ");
    private static final String[] MONTHS = {
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre"
    };

    private final Random random = new Random(20211104);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/acervo-bench");
        int textPdfs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int scannedPages = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int pagesPerScan = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        new BenchCorpus().write(dir, textPdfs, scannedPages, pagesPerScan);
    }

    void write(Path dir, int textPdfs, int scannedPages, int pagesPerScan) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("scans"));
        Files.createDirectories(dir.resolve("scan-pages"));
        int textPages = 0;
        for (int i = 0; i < textPdfs; i++) {
            int pages = 1 + random.nextInt(20);
            textPages += pages;
            List<List<String>> content = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                content.add(page(40));
            }
            textPdf(dir.resolve("text").resolve(String.format("informe-%03d.pdf", i)), content);
        }
        for (int i = 0; i * pagesPerScan < scannedPages; i++) {
            List<BufferedImage> images = new ArrayList<>();
            for (int p = 0; p < pagesPerScan && i * pagesPerScan + p < scannedPages; p++) {
                BufferedImage image = scan(page(30));
                images.add(image);
                ImageIO.write(
                        image,
                        "png",
                        dir.resolve("scan-pages")
                                .resolve(String.format("oficio-%02d-%d.png", i, p + 1))
                                .toFile());
            }
            scannedPdf(dir.resolve("scans").resolve(String.format("oficio-%02d.pdf", i)), images);
        }
        Files.writeString(dir.resolve("pages.txt"), "text " + textPages + "\nscanned " + scannedPages + "\n");
        System.out.printf(
                "%d text PDFs (%d pages) and %d scanned pages in %s%n", textPdfs, textPages, scannedPages, dir);
    }

    private List<String> page(int lines) {
        List<String> page = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            StringBuilder line = new StringBuilder();
            if (random.nextInt(6) == 0) {
                line.append("El ")
                        .append(1 + random.nextInt(28))
                        .append(" de ")
                        .append(MONTHS[random.nextInt(12)])
                        .append(" de 2021 se envía el oficio IEPC/UTC/21/")
                        .append(100 + random.nextInt(900))
                        .append(' ');
            }
            if (random.nextInt(8) == 0) {
                line.append("conforme al Acuerdo IEPC/CG")
                        .append(1 + random.nextInt(200))
                        .append("/2021 ");
            }
            while (line.length() < 80) {
                line.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            page.add(line.toString().strip());
        }
        return page;
    }

    private static void textPdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(16);
                    content.newLineAtOffset(50, PDRectangle.LETTER.getHeight() - 60);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A letter page at 300 dpi, slightly rotated and speckled, as a scanner gives it. */
    private BufferedImage scan(List<String> lines) {
        BufferedImage image = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(0.4), 1275, 1650));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        int y = 250;
        for (String line : lines) {
            g.drawString(line, 200, y);
            y += 95;
        }
        g.dispose();
        for (int i = 0; i < 3000; i++) {
            image.setRGB(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 0x555555);
        }
        return image;
    }

    private static void scannedPdf(Path file, List<BufferedImage> images) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : images) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(
                            JPEGFactory.createFromImage(doc, image, 0.85f),
                            0,
                            0,
                            PDRectangle.LETTER.getWidth(),
                            PDRectangle.LETTER.getHeight());
                }
            }
            doc.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
