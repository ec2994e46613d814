package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats beyond PDF and DOCX that archives hold: RTF, ODT, HTML in Windows-1252, JPEG and multi-page TIFF scans. */
@Tag("slow")
class FormatsExtractionTest {

    private static TextExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = new TextExtractor(OcrMode.AUTO, Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static String text(Extraction extraction) {
        assertThat(extraction.succeeded()).as(extraction.reason()).isTrue();
        return String.join("\n", extraction.pages()).replaceAll("\\s*/\\s*", "/");
    }

    @Test
    void rtfWithWindows1252Accents() throws Exception {
        Path rtf = Files.writeString(
                dir.resolve("oficio.rtf"),
                "{\\rtf1\\ansi\\ansicpg1252 Oficio IEPC/UTC/21/140 de la Comisi\\'f3n, 5 de octubre de 2021.\\par}",
                StandardCharsets.US_ASCII);
        assertThat(text(extractor.extract(rtf))).contains("IEPC/UTC/21/140", "Comisión");
    }

    @Test
    void docxFootnotesAndEndnotesAreRead() throws Exception {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        String[][] parts = {
            {
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
                        + "<Override PartName=\"/word/endnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml\"/></Types>"
            },
            {
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel
                        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"
            },
            {
                "word/_rels/document.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId2\" Type=\"" + rel + "footnotes\" Target=\"footnotes.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"" + rel
                        + "endnotes\" Target=\"endnotes.xml\"/></Relationships>"
            },
            {
                "word/document.xml",
                "<w:document " + w + "><w:body><w:p><w:r><w:t>El acuerdo citado</w:t></w:r>"
                        + "<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t> se aprobó.</w:t></w:r>"
                        + "<w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p></w:body></w:document>"
            },
            {
                "word/footnotes.xml",
                "<w:footnotes " + w + "><w:footnote w:id=\"1\"><w:p><w:r>"
                        + "<w:t>Aprobado el 15 de marzo de 2017 mediante Acuerdo INE/CG59/2017.</w:t></w:r></w:p></w:footnote></w:footnotes>"
            },
            {
                "word/endnotes.xml",
                "<w:endnotes " + w + "><w:endnote w:id=\"1\"><w:p><w:r>"
                        + "<w:t>Publicado el 4 de abril de 2014.</w:t></w:r></w:p></w:endnote></w:endnotes>"
            }
        };
        Path docx = dir.resolve("notas.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (String[] part : parts) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + part[1])
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(text(extractor.extract(docx)))
                .contains("El acuerdo citado", "15 de marzo de 2017", "INE/CG59/2017", "4 de abril de 2014");
    }

    @Test
    void odtText() throws Exception {
        Path odt = dir.resolve("acta.odt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                            + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                            + "<text:p>Acta de sesión: se aprobó el Acuerdo IEPC/CG139/2021.</text:p>"
                            + "</office:text></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.write(odt, bytes.toByteArray());
        assertThat(text(extractor.extract(odt))).contains("IEPC/CG139/2021", "sesión");
    }

    @Test
    void htmlDeclaredWindows1252() throws Exception {
        Path html = dir.resolve("aviso.html");
        Files.write(
                html,
                ("<html><head><meta charset=\"windows-1252\"><title>Aviso</title></head>"
                                + "<body><p>Notificación del oficio INE/UNICOM/4547/2021</p></body></html>")
                        .getBytes(Charset.forName("windows-1252")));
        assertThat(text(extractor.extract(html))).contains("Notificación", "INE/UNICOM/4547/2021");
    }

    @Test
    void jpegScanIsOcrd() throws Exception {
        Path jpeg = dir.resolve("oficio.jpg");
        ImageIO.write(TestDocuments.scan("Oficio IEPC/SE/2119/2021", 1400, 400, 44), "jpg", jpeg.toFile());
        Extraction extraction = extractor.extract(jpeg);
        assertThat(text(extraction)).contains("IEPC/SE/2119/2021");
        assertThat(extraction.ocrPages()).isEqualTo(1);
    }

    @Test
    void eachFrameOfAMultiPageTiffIsAPageInOrder() throws Exception {
        // given three scanned sheets in one TIFF
        Path tiff = dir.resolve("expediente.tiff");
        List<String> sheets =
                List.of("Primera hoja IEPC/UTC/21/150", "Segunda hoja IEPC/UTC/21/151", "Tercera hoja IEPC/UTC/21/152");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (String sheet : sheets) {
                writer.writeToSequence(new IIOImage(TestDocuments.scan(sheet, 1400, 400, 44), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }

        // when
        Extraction extraction = extractor.extract(tiff);

        // then
        assertThat(text(extraction)).contains("IEPC/UTC/21/150", "IEPC/UTC/21/151", "IEPC/UTC/21/152");
        assertThat(extraction.pages()).hasSize(3);
        assertThat(extraction.ocrPages()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(extraction.pages().get(i).replaceAll("\\s*/\\s*", "/")).contains("IEPC/UTC/21/15" + i);
        }
    }

    @Test
    void aPdfOfTwoThousandPagesGivesEveryPage() throws Exception {
        // given
        List<String> pages = IntStream.rangeClosed(1, 2000)
                .mapToObj(n -> "Foja " + n + " del expediente")
                .toList();
        Path pdf = TestDocuments.pdf(dir.resolve("expediente.pdf"), pages, Set.of());

        // when
        Extraction extraction;
        try (TextExtractor textOnly = new TextExtractor(OcrMode.NEVER, Duration.ofMinutes(2))) {
            extraction = textOnly.extract(pdf);
        }

        // then
        assertThat(extraction.succeeded()).as(extraction.reason()).isTrue();
        assertThat(extraction.pages()).hasSize(2000);
        assertThat(extraction.pages().get(0)).isEqualTo("Foja 1 del expediente");
        assertThat(extraction.pages().get(1999)).isEqualTo("Foja 2000 del expediente");
    }

    @Test
    void htmlWithThousandsOfEmptyParagraphsIsRead() throws Exception {
        // given
        Path html = Files.writeString(
                dir.resolve("aviso.html"),
                "<html><body><p>Oficio IEPC/SE/0001/2021</p>" + "<p></p>\n".repeat(20_000) + "<p>Fin</p></body></html>",
                StandardCharsets.UTF_8);

        // when
        Extraction extraction = extractor.extract(html);

        // then
        assertThat(extraction.succeeded()).as(extraction.reason()).isTrue();
        assertThat(extraction.pages()).containsExactly("Oficio IEPC/SE/0001/2021\n\nFin");
    }
}
