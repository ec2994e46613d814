package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extraction of every format in the bundled samples, including OCR of the scans and the broken files. */
@Tag("slow")
class SampleExtractionTest {

    private static TextExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new TextExtractor(OcrMode.AUTO, Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static Extraction extract(String sample) {
        return extractor.extract(Path.of("samples", sample));
    }

    /** Spaces around slashes vary with OCR; the tests compare identifiers without them. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s*/\\s*", "/");
    }

    @Test
    void aTextPdfGivesItsPagesWithoutOcr() {
        Extraction seed = extract("seed/informe-prep-octubre-2021.pdf");
        assertThat(seed.succeeded()).isTrue();
        assertThat(seed.mediaType()).isEqualTo("application/pdf");
        assertThat(seed.pages()).hasSize(4);
        assertThat(seed.ocrPages()).isZero();
        assertThat(seed.pages().get(0)).contains("04-11-2021").doesNotContain("IEPC/UTC/21/104");
        assertThat(seed.pages().get(1)).startsWith("Unidad Técnica de Cómputo").contains("IEPC/UTC/21/104");
    }

    @Test
    void aScannedPdfIsReadByOcrPageByPage() {
        Extraction scan = extract("seed/informe-prep-octubre-2021-escaneado.pdf");
        assertThat(scan.succeeded()).isTrue();
        assertThat(scan.pages()).hasSize(4);
        assertThat(scan.ocrPages()).isEqualTo(4);
        assertThat(squeezed(scan.pages().get(1))).contains("IEPC/UTC/21/104", "INE/UNICOM/4547/2021");
    }

    @Test
    void aDocxHasThePagesOfItsPdf() {
        Extraction docx = extract("seed/informe-prep-octubre-2021.docx");
        assertThat(docx.succeeded()).isTrue();
        assertThat(docx.ocrPages()).isZero();
        assertThat(docx.pages()).hasSize(4);
        assertThat(docx.pages().get(0)).contains("04-11-2021").doesNotContain("IEPC/UTC/21/104");
        assertThat(docx.pages().get(1)).startsWith("Unidad Técnica de Cómputo").contains("IEPC/UTC/21/104");
        assertThat(squeezed(String.join("\n", docx.pages()))).contains("INE/UNICOM/4547/2021", "IEPC/CG139/2021");
    }

    @ParameterizedTest
    @CsvSource({
        "2021/oficio-ine-unicom-4547-2021.png, image/png, INE/UNICOM/4547/2021",
        "2021/oficio-iepc-utc-21-118.tiff, image/tiff, IEPC/UTC/21/118"
    })
    void anImageScanIsReadByOcr(String sample, String mediaType, String identifier) {
        Extraction image = extract(sample);
        assertThat(image.succeeded()).isTrue();
        assertThat(image.mediaType()).isEqualTo(mediaType);
        assertThat(image.ocrPages()).isEqualTo(1);
        assertThat(squeezed(image.pages().get(0))).contains(identifier);
    }

    @ParameterizedTest
    @CsvSource({
        "broken/vacio.pdf, EMPTY",
        "broken/truncado.pdf, CORRUPT",
        "broken/protegido.pdf, ENCRYPTED",
        "broken/no-es-pdf.pdf, WRONG_FORMAT"
    })
    void brokenFilesFailWithTheirReason(String sample, ExtractionFailure failure) {
        Extraction broken = extract(sample);
        assertThat(broken.failure()).isEqualTo(failure);
        assertThat(broken.reason()).startsWith(failure.sentence());
        assertThat(broken.pages()).isEmpty();
        assertThat(broken.sha256()).hasSize(64);
    }
}
