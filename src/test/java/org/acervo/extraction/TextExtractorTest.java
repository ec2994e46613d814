package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acervo.document.DocumentId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction of formats made on the spot; the bundled samples are covered by SampleExtractionTest. */
class TextExtractorTest {

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

    @Test
    void utf8TextKeepsItsAccentsAndSplitsPagesAtFormFeeds() throws Exception {
        Path file = dir.resolve("informe.txt");
        Files.writeString(file, "Comisión Temporal del PREP\fsegunda página: compartió", StandardCharsets.UTF_8);
        Extraction extraction = extractor.extract(file);
        assertThat(extraction.succeeded()).isTrue();
        assertThat(extraction.pages()).containsExactly("Comisión Temporal del PREP", "segunda página: compartió");
        assertThat(extraction.sha256()).isEqualTo(DocumentId.of(file)).hasSize(64);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ISO-8859-1", "windows-1252", "UTF-16"})
    void legacyEncodingsComeOutRight(String charset) throws Exception {
        Path file = dir.resolve("acta-" + charset + ".txt");
        String text = "Sesión de la Comisión: se aprobó el dictamen; año 2021, señoría \u00ab\u00bb";
        Files.write(file, text.getBytes(java.nio.charset.Charset.forName(charset)));
        Extraction extraction = extractor.extract(file);
        assertThat(extraction.succeeded()).isTrue();
        assertThat(extraction.pages()).containsExactly(text);
    }

    @Test
    void anEmptyFileFailsAsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("vacio.pdf"));
        Extraction extraction = extractor.extract(file);
        assertThat(extraction.failure()).isEqualTo(ExtractionFailure.EMPTY);
        assertThat(extraction.reason()).isEqualTo("empty file: it has no content");
    }

    @Test
    void textNamedPdfFailsAsWrongFormat() throws Exception {
        Path file = Files.writeString(dir.resolve("no-es-pdf.pdf"), "esto no es un PDF\n");
        Extraction extraction = extractor.extract(file);
        assertThat(extraction.failure()).isEqualTo(ExtractionFailure.WRONG_FORMAT);
        assertThat(extraction.reason()).contains("named .pdf but it holds plain text");
    }

    @Test
    void unknownBinaryFailsAsUnsupported() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("datos.bin"), noise);
        Extraction extraction = extractor.extract(file);
        assertThat(extraction.failure()).isEqualTo(ExtractionFailure.UNSUPPORTED);
        assertThat(extraction.reason()).endsWith("(type not recognized)");
        assertThat(extraction.pages()).isEmpty();
    }

    @Test
    void aParserThatOutlivesTheTimeoutIsStoppedAndReported() throws Exception {
        Path file = Files.writeString(dir.resolve("lento.html"), "<html><body><p>hola</p></body></html>");
        try (TextExtractor impatient = new TextExtractor(OcrMode.AUTO, Duration.ZERO)) {
            Extraction extraction = impatient.extract(file);
            assertThat(extraction.failure()).isEqualTo(ExtractionFailure.TIMED_OUT);
            assertThat(extraction.reason()).startsWith("reading took too long");
        }
    }

    @Test
    void aContainerUnpacksNoMoreThanItsBudgetAndListsEveryMemberPastIt() throws Exception {
        // given a zip of a few kilobytes whose 12 members unpack to 2 MB each
        Path zip = Files.write(dir.resolve("bomba.zip"), TestDocuments.compressibleZip("miembro", 12, 2));
        long budget = 7L << 20;

        // when
        Extraction extraction = extractor.extract(zip, DocumentId.of(zip), budget);

        // then three members are copied, the rest are refused with the reason, and no more than the budget was written
        try {
            assertThat(extraction.attachments()).hasSize(12);
            List<Attachment> copied = extraction.attachments().stream()
                    .filter(a -> a.file() != null)
                    .toList();
            assertThat(copied)
                    .extracting(Attachment::name)
                    .containsExactly("miembro-1.txt", "miembro-2.txt", "miembro-3.txt");
            assertThat(extraction.attachments())
                    .filteredOn(a -> a.file() == null)
                    .allSatisfy(a -> assertThat(a.reason()).isEqualTo(AttachmentCollector.BUDGET_SPENT));
            long onDisk = 0;
            for (Attachment attachment : copied) {
                onDisk += Files.size(Path.of(attachment.file()));
            }
            assertThat(onDisk).isLessThanOrEqualTo(budget);
            assertThat(extraction.unpacked()).isBetween(onDisk, budget);
        } finally {
            extraction.discardAttachments();
        }
    }
}
