package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.acervo.document.DocumentId;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --ocr auto}, an office document's pictures are read by OCR only when the document has next to no
 * text of its own (a scan pasted into Word), as a PDF's pages are: not its letterhead on every page.
 */
@Tag("slow")
class OfficePicturesTest {

    @TempDir
    Path dir;

    private static final String BODY = "En atención al oficio recibido, el Consejo General aprobó el acuerdo "
            + "correspondiente al informe del Programa de Resultados Electorales Preliminares del proceso "
            + "electoral local, que se remite para su conocimiento y los efectos a que haya lugar. ";

    /** A Word file with this text (maybe none) and one picture of a printed line. */
    private Path word(String name, String text, String pictured) throws Exception {
        Path file = dir.resolve(name);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(TestDocuments.scan(pictured, 1400, 400, 44), "png", png);
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            if (!text.isEmpty()) {
                doc.createParagraph().createRun().setText(text);
            }
            XWPFRun run = doc.createParagraph().createRun();
            run.addPicture(
                    new java.io.ByteArrayInputStream(png.toByteArray()),
                    Document.PICTURE_TYPE_PNG,
                    "sello.png",
                    Units.toEMU(420),
                    Units.toEMU(120));
            doc.write(out);
        }
        return file;
    }

    private static String text(Extraction extraction) {
        return String.join("\n", extraction.pages());
    }

    @Test
    void aWordFileWithTextOfItsOwnIsNotReadFromItsPictures() throws Exception {
        Path file = word("oficio.docx", BODY + BODY, "Oficio INE/UNICOM/4547/2021");
        try (TextExtractor auto = new TextExtractor(OcrMode.AUTO, Duration.ofMinutes(2));
                TextExtractor always = new TextExtractor(OcrMode.ALWAYS, Duration.ofMinutes(2))) {
            Extraction read = auto.extract(file, DocumentId.of(file));
            assertThat(read.succeeded()).isTrue();
            assertThat(text(read)).contains("Consejo General").doesNotContain("4547");
            // --ocr always still reads every picture.
            assertThat(text(always.extract(file, DocumentId.of(file)))).contains("4547");
        }
    }

    @Test
    void aWordFileThatIsOnlyAPastedScanIsReadByOcr() throws Exception {
        Path file = word("escaneo.docx", "", "Oficio INE/UNICOM/4547/2021");
        try (TextExtractor auto = new TextExtractor(OcrMode.AUTO, Duration.ofMinutes(2))) {
            Extraction read = auto.extract(file, DocumentId.of(file));
            assertThat(read.succeeded()).as(read.reason()).isTrue();
            assertThat(text(read)).contains("4547");
        }
    }
}
