package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF whose scanned pages sit between text pages: only the scanned ones go through OCR. */
class MixedPdfTest {

    @TempDir
    Path dir;

    @Test
    void onlyPagesWithoutTextAreOcrdAndTextStaysOnItsPage() throws Exception {
        Path file = TestDocuments.pdf(
                dir.resolve("mixto.pdf"),
                List.of(
                        "Informe mensual, pagina uno\nOficio IEPC/UTC/21/104",
                        "Oficio escaneado INE/UNICOM/4547/2021\nDurango, 5 de octubre de 2021",
                        "Pagina tres con el Acuerdo IEPC/CG139/2021",
                        "Otra hoja escaneada IEPC/SE/2119/2021"),
                Set.of(1, 3));

        try (TextExtractor extractor = new TextExtractor(OcrMode.AUTO, Duration.ofMinutes(2))) {
            Extraction extraction = extractor.extract(file);

            assertThat(extraction.succeeded()).isTrue();
            assertThat(extraction.ocrPages()).isEqualTo(2);
            List<String> pages = extraction.pages().stream()
                    .map(p -> p.replaceAll("\\s*/\\s*", "/"))
                    .toList();
            assertThat(pages).hasSize(4);
            assertThat(pages.get(0)).contains("IEPC/UTC/21/104").doesNotContain("INE/UNICOM");
            assertThat(pages.get(1)).contains("INE/UNICOM/4547/2021").doesNotContain("IEPC/CG139");
            assertThat(pages.get(2)).contains("IEPC/CG139/2021").doesNotContain("INE/UNICOM");
            assertThat(pages.get(3)).contains("IEPC/SE/2119/2021");

            // and the recognizers place each identifier on its page
            List<String> found = new org.acervo.recognition.DocumentRecognizer()
                    .recognize(extraction.pages()).mentions().stream()
                            .filter(m -> m.type().isIdentifier())
                            .map(m -> m.value() + " p" + m.page())
                            .toList();
            assertThat(found)
                    .containsExactly(
                            "IEPC/UTC/21/104 p1",
                            "INE/UNICOM/4547/2021 p2",
                            "IEPC/CG139/2021 p3",
                            "IEPC/SE/2119/2021 p4");
        }
    }
}
