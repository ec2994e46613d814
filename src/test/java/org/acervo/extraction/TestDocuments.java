package org.acervo.extraction;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Small documents made on the spot for tests: text, scanned and mixed PDFs, images, and broken files. */
public final class TestDocuments {

    private static final float MARGIN = 72;

    private TestDocuments() {}

    /**
     * A PDF with one page per text; the pages whose 0-based index is in {@code scanned} are images of
     * their text (no text layer), as a scanner would make them.
     */
    public static Path pdf(Path file, List<String> pages, Set<Integer> scanned) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    if (scanned.contains(i)) {
                        BufferedImage image = scan(pages.get(i), 1700, 2200, 44);
                        PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                        content.drawImage(xobject, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                    } else {
                        writeText(content, pages.get(i));
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void writeText(PDPageContentStream content, String text) throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.setLeading(15);
        content.newLineAtOffset(MARGIN, PDRectangle.LETTER.getHeight() - MARGIN);
        for (String line : text.split("\n")) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    /** A grey page image of the text, 200 dpi for a letter page at these sizes. */
    public static BufferedImage scan(String text, int width, int height, int fontSize) {
        return scan(text, width, height, new Font(Font.SANS_SERIF, Font.PLAIN, fontSize), 150, 200);
    }

    /** A grey image of the text's lines in this font, the first line's baseline at ({@code x}, {@code y}). */
    public static BufferedImage scan(String text, int width, int height, Font font, int x, int y) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        int baseline = y;
        for (String line : text.split("\n")) {
            g.drawString(line, x, baseline);
            baseline += font.getSize() * 3 / 2;
        }
        g.dispose();
        return image;
    }

    /** A PDF that needs the password "secreto" to be opened. */
    public static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                writeText(content, "Oficio confidencial IEPC/SE/0001/2022");
            }
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("propietario", "secreto", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** The first half of a valid PDF's bytes. */
    public static Path truncatedPdf(Path file) throws IOException {
        Path whole =
                pdf(Files.createTempFile("entero", ".pdf"), List.of("Oficio IEPC/UTC/21/104\nsegunda línea"), Set.of());
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A valid PDF whose cross-reference table points at the wrong offsets. */
    public static Path brokenXrefPdf(Path file) throws IOException {
        Path whole =
                pdf(Files.createTempFile("xref", ".pdf"), List.of("Oficio IEPC/UTC/21/105 con xref roto"), Set.of());
        String pdf = Files.readString(whole, java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.delete(whole);
        String broken =
                java.util.regex.Pattern.compile("\\d{10} 00000 n").matcher(pdf).replaceAll("0000000999 00000 n");
        return Files.writeString(file, broken, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * A PDF with one page of 5000 × 5000 points and no text: rendering it for OCR at 300 dpi needs a
     * 20,833-pixel-square image (over 400 MB), far more than a small worker heap.
     */
    public static Path hugeBlankPagePdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(5000, 5000));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(100, 100, 50, 50);
                content.fill();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PNG holding the text. */
    public static Path png(Path file, String text) throws IOException {
        javax.imageio.ImageIO.write(scan(text, 1400, 400, 44), "png", file.toFile());
        return file;
    }

    /** A ZIP whose one member inflates from a few kilobytes to {@code megabytes} MB of zeros. */
    public static Path zipBomb(Path file, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("ceros.txt"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return Files.write(file, bytes.toByteArray());
    }

    /**
     * A ZIP of {@code members} text members of {@code megabytes} MB each, mostly spaces: a few kilobytes
     * that unpack to many megabytes. Each member opens with its own line, so each is a document of its own.
     */
    public static byte[] compressibleZip(String prefix, int members, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 1; i <= members; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry(prefix + "-" + i + ".txt"));
                zip.write(("Miembro " + i + " de " + prefix + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (int mb = 0; mb < megabytes; mb++) {
                    zip.write(spaces);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A zip of {@code levels} levels: nivel{@code levels}.zip holds oficio-{@code levels}.txt and
     * nivel{@code levels - 1}.zip, and so on down to nivel1.zip, which holds only oficio-1.txt. Each
     * level's document has a number of its own, so none is a duplicate of another.
     */
    public static byte[] nestedZips(int levels) throws IOException {
        byte[] inner = null;
        for (int level = 1; level <= levels; level++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
                out.putNextEntry(new java.util.zip.ZipEntry("oficio-" + level + ".txt"));
                out.write(
                        ("Oficio No. IEPC/SE/050" + level + "/2021").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
                if (inner != null) {
                    out.putNextEntry(new java.util.zip.ZipEntry("nivel" + (level - 1) + ".zip"));
                    out.write(inner);
                    out.closeEntry();
                }
            }
            inner = bytes.toByteArray();
        }
        return inner;
    }
}
