package org.acervo.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.acervo.extraction.Extraction;
import org.acervo.extraction.OcrMode;
import org.acervo.extraction.TextExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Checks that the seed report yields the same identifiers and dates from its text PDF, its scanned
 * PDF (read by Tesseract) and its DOCX: what an archivist finds must not depend on the format.
 */
@Tag("slow")
class SeedFormatsTest {

    private static final Path SEED = Path.of("samples/seed");

    private static TextExtractor extractor;
    private static final DocumentRecognizer RECOGNIZER = new DocumentRecognizer();

    @BeforeAll
    static void openExtractor() {
        extractor = new TextExtractor(OcrMode.AUTO, Duration.ofMinutes(2));
    }

    @AfterAll
    static void closeExtractor() {
        extractor.close();
    }

    /** Identifiers and dates of one file, each as "type value", sorted: [identifiers, dates]. */
    private static List<Set<String>> found(String file) {
        return found(extract(file));
    }

    private static Extraction extract(String file) {
        Extraction extraction = extractor.extract(SEED.resolve(file));
        assertThat(extraction.succeeded()).as(file + ": " + extraction.reason()).isTrue();
        return extraction;
    }

    private static List<Set<String>> found(Extraction extraction) {
        Set<String> ids = new TreeSet<>();
        Set<String> dates = new TreeSet<>();
        RECOGNIZER
                .recognize(extraction.pages())
                .mentions()
                .forEach(m ->
                        (m.type().isIdentifier() ? ids : dates).add(m.type().label() + " " + m.value()));
        return List.of(ids, dates);
    }

    @Test
    void textPdfScanAndDocxGiveTheSameIdentifiersAndDates() {
        List<Set<String>> pdf = found("informe-prep-octubre-2021.pdf");

        assertThat(pdf.get(0))
                .containsExactly(
                        "acuerdo IEPC/CG139/2021",
                        "oficio IEPC/SE/2119/2021",
                        "oficio IEPC/UTC/21/104",
                        "oficio IEPC/UTC/21/105",
                        "oficio IEPC/UTC/21/106",
                        "oficio INE/UNICOM/4547/2021",
                        "oficio INE/UNICOM/4745/2021",
                        "oficio INE/UNICOM/4756/2021",
                        "oficio INE/UNICOM/4759/2021");
        assertThat(pdf.get(1))
                .containsExactly(
                        "date 2021-09",
                        "date 2021-10-05",
                        "date 2021-10-11",
                        "date 2021-10-21",
                        "date 2021-10-25",
                        "date 2021-10-27",
                        "date 2021-10-29",
                        "date 2021-11-04");

        assertThat(found("informe-prep-octubre-2021.docx")).isEqualTo(pdf);
        Extraction scan = extract("informe-prep-octubre-2021-escaneado.pdf");
        assertThat(scan.ocr()).as("the scan has no text layer, so it is OCR'd").isTrue();
        assertThat(found(scan)).isEqualTo(pdf);
    }
}
