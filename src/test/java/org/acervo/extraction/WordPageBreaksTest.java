package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/** A Word file's pages: hard breaks, paragraphs that start a page and the breaks Word saved from its layout. */
class WordPageBreaksTest {

    private static TextExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = new TextExtractor(OcrMode.NEVER, Duration.ofMinutes(1));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void hardAndRenderedBreaksMakeOnePageEachAndNeverCountTwice() throws Exception {
        // given a document as Word saves it: a rendered break where each page begins, also right after a hard break
        Path docx = dir.resolve("expediente.docx");
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(docx)) {
            run(doc.createParagraph()).addNewT().setStringValue("Oficio IEPC/UTC/21/150");
            XWPFParagraph endOfFirst = doc.createParagraph();
            run(endOfFirst).addNewT().setStringValue("fin de la primera");
            run(endOfFirst).addNewBr().setType(STBrType.PAGE);
            CTR second = run(doc.createParagraph());
            second.addNewLastRenderedPageBreak();
            second.addNewT().setStringValue("Segunda IEPC/UTC/21/151");
            XWPFParagraph flowing = doc.createParagraph(); // a paragraph Word laid out over two pages
            run(flowing).addNewT().setStringValue("sigue la segunda");
            CTR third = run(flowing);
            third.addNewLastRenderedPageBreak();
            third.addNewT().setStringValue("y pasa a la tercera IEPC/UTC/21/152");
            XWPFParagraph fourth = doc.createParagraph();
            fourth.setPageBreak(true); // w:pageBreakBefore
            CTR fourthRun = run(fourth);
            fourthRun.addNewLastRenderedPageBreak();
            fourthRun.addNewT().setStringValue("Cuarta IEPC/UTC/21/153");
            XWPFParagraph fifth = doc.createParagraph(); // a hard break inside a run, as Word writes it
            fifth.createRun().setText("antes del salto");
            fifth.getRuns().get(0).addBreak(BreakType.PAGE);
            CTR fifthRun = fifth.getRuns().get(0).getCTR();
            fifthRun.addNewLastRenderedPageBreak();
            fifthRun.addNewT().setStringValue("Quinta IEPC/UTC/21/154");
            doc.write(out);
        }

        // when
        Extraction extraction = extractor.extract(docx);

        // then
        assertThat(extraction.succeeded()).as(extraction.reason()).isTrue();
        assertThat(extraction.pages())
                .containsExactly(
                        "Oficio IEPC/UTC/21/150\n\nfin de la primera",
                        "Segunda IEPC/UTC/21/151\n\nsigue la segunda",
                        "y pasa a la tercera IEPC/UTC/21/152",
                        "Cuarta IEPC/UTC/21/153\n\nantes del salto",
                        "Quinta IEPC/UTC/21/154");
        assertThat(extraction.ocrPages()).isZero();
    }

    @Test
    void aSectionBreakStartsAPageUnlessItIsContinuous() throws Exception {
        // given a section break to a new page (no type means next page) and a continuous one
        Path docx = docx(
                dir.resolve("secciones.docx"),
                paragraph("<w:pPr><w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/></w:sectPr></w:pPr>", "Portada")
                        + paragraph("<w:pPr><w:sectPr><w:type w:val=\"continuous\"/></w:sectPr></w:pPr>", "Anexo uno")
                        + paragraph("", "Anexo dos")
                        + "<w:sectPr><w:type w:val=\"nextPage\"/></w:sectPr>");

        // when
        Extraction extraction = extractor.extract(docx);

        // then
        assertThat(extraction.pages()).containsExactly("Portada", "Anexo uno\n\nAnexo dos");
    }

    @Test
    void aBreakBeforeAnyTextMakesNoEmptyFirstPageButAHardOneDoes() throws Exception {
        // given a first paragraph that starts a page, with Word's rendered break, and a hard break at the very start
        Path paragraphFirst = docx(
                dir.resolve("titulo.docx"),
                paragraph("<w:pPr><w:pageBreakBefore/></w:pPr>", "<w:lastRenderedPageBreak/>", "Título")
                        + paragraph("<w:pPr><w:pageBreakBefore w:val=\"0\"/></w:pPr>", "Texto"));
        Path hardFirst = docx(
                dir.resolve("en-blanco.docx"),
                "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" + paragraph("", "Texto"));

        // when / then
        assertThat(extractor.extract(paragraphFirst).pages()).containsExactly("Título\n\nTexto");
        assertThat(extractor.extract(hardFirst).pages()).containsExactly("", "Texto");
    }

    @Test
    void breaksInATextBoxAndOldPropertiesOfATrackedChangeAreNotPages() throws Exception {
        // given a text box holding a break, and a paragraph whose change history had a page break before it
        String textBox = "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Recuadro</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        Path docx = docx(
                dir.resolve("recuadro.docx"),
                paragraph("", "Oficio IEPC/SE/0001/2021")
                        + "<w:p>" + textBox + "<w:r><w:t>junto al recuadro</w:t></w:r></w:p>"
                        + paragraph(
                                "<w:pPr><w:pPrChange w:id=\"1\" w:author=\"A\"><w:pPr><w:pageBreakBefore/></w:pPr></w:pPrChange></w:pPr>",
                                "Sin salto"));

        // when
        Path marked = WordPageBreaks.markedCopy(docx);
        Extraction extraction = extractor.extract(docx);

        // then
        assertThat(marked).isNull();
        assertThat(extraction.pages()).hasSize(1);
        assertThat(extraction.pages().get(0)).contains("Oficio IEPC/SE/0001/2021", "junto al recuadro", "Sin salto");
    }

    @Test
    void aFileWithoutBreaksOrNotAZipIsReadFromTheOriginal() throws Exception {
        // given
        Path plain = docx(dir.resolve("sin-saltos.docx"), paragraph("", "Una sola página"));
        Path notZip = Files.writeString(dir.resolve("roto.docx"), "no es un zip");

        // when / then
        assertThat(WordPageBreaks.markedCopy(plain)).isNull();
        assertThat(WordPageBreaks.markedCopy(notZip)).isNull();
    }

    private static CTR run(XWPFParagraph paragraph) {
        return paragraph.getCTP().addNewR();
    }

    /** A paragraph with its properties and runs: each run is text, or markup when it starts with '<'. */
    private static String paragraph(String properties, String... runs) {
        StringBuilder xml = new StringBuilder("<w:p>").append(properties).append("<w:r>");
        for (String run : runs) {
            xml.append(run.startsWith("<") ? run : "<w:t>" + run + "</w:t>");
        }
        return xml.append("</w:r></w:p>").toString();
    }

    /** The smallest package Word and Tika open: content types, the relationship to the main part, and the body. */
    private static Path docx(Path file, String body) throws Exception {
        String[][] parts = {
            {
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
            },
            {
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                        + " Target=\"word/document.xml\"/></Relationships>"
            },
            {
                "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + "<w:body>"
                        + body + "</w:body></w:document>"
            }
        };
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] part : parts) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + part[1])
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
