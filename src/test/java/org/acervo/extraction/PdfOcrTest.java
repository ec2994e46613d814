package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCR of a PDF's pages after Tika's parse: which pages, at what resolution, several at once, back in page order. */
@Tag("slow")
class PdfOcrTest {

    private static final List<String> OFICIOS = List.of(
            "Oficio IEPC/UTC/21/104\nDurango, 11 de octubre de 2021",
            "Oficio INE/UNICOM/4547/2021\nCiudad de Mexico, 5 de octubre de 2021",
            "Acuerdo IEPC/CG139/2021\nDurango, 30 de noviembre de 2021",
            "Oficio IEPC/SE/2119/2021\nDurango, 15 de noviembre de 2021");

    @TempDir
    Path dir;

    /** Stands in for Tesseract: says which page it read and at what resolution. */
    private static final class RecordingReader implements PageOcrPool.PageReader {
        final Map<Integer, String> read = new ConcurrentHashMap<>();

        @Override
        public String read(int page, java.awt.image.BufferedImage image, int dpi) throws IOException {
            read.put(page, dpi + " dpi");
            return "texto leído de la página " + (page + 1);
        }
    }

    @Test
    void thePagesOfAScanComeBackInPageOrderWithTheirText() throws Exception {
        // given a scan of four pages, each with its own number, read by Tesseract on two slots
        Path scan = TestDocuments.pdf(dir.resolve("escaneado.pdf"), OFICIOS, Set.of(0, 1, 2, 3));
        Instant began = Instant.now();

        // when
        Extraction extraction = extract(OcrMode.AUTO, null, scan);

        // then each page holds its own text, in the document's order, and no page image is left behind
        assertThat(extraction.succeeded()).isTrue();
        assertThat(extraction.ocrPages()).isEqualTo(4);
        List<String> pages = extraction.pages().stream()
                .map(p -> p.replaceAll("\\s*/\\s*", "/"))
                .toList();
        assertThat(pages).hasSize(4);
        assertThat(pages.get(0)).contains("IEPC/UTC/21/104", "11 de octubre");
        assertThat(pages.get(1)).contains("INE/UNICOM/4547/2021", "5 de octubre");
        assertThat(pages.get(2)).contains("IEPC/CG139/2021", "30 de noviembre");
        assertThat(pages.get(3)).contains("IEPC/SE/2119/2021", "15 de noviembre");
        try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("acervo-page-"))
                            .filter(p -> modifiedAfter(p, began))
                            .toList())
                    .as("page images left behind")
                    .isEmpty();
        }
    }

    @Test
    void moreThanOnePageIsReadAtOnceWhenThePoolHasMoreThanOneSlot() throws Exception {
        // given a reader that lets no page through until a second page is being read beside it
        Path scan = TestDocuments.pdf(dir.resolve("escaneado.pdf"), OFICIOS, Set.of(0, 1, 2, 3));
        CyclicBarrier pairs = new CyclicBarrier(2);
        AtomicInteger reading = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        PageOcrPool.PageReader reader = (page, image, dpi) -> {
            most.accumulateAndGet(reading.incrementAndGet(), Math::max);
            try {
                pairs.await(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IOException("no second page was read beside page " + (page + 1), e);
            } finally {
                reading.decrementAndGet();
            }
            return "página " + (page + 1);
        };

        // when
        Extraction extraction = extract(OcrMode.AUTO, reader, scan);

        // then every page met another one being read, and the text is still in page order
        assertThat(extraction.succeeded()).as(extraction.reason()).isTrue();
        assertThat(most.get()).isEqualTo(2);
        assertThat(extraction.pages()).containsExactly("página 1", "página 2", "página 3", "página 4");
    }

    @Test
    void autoReadsOnlyThePagesWithoutTextAtTheResolutionOfTheirScan() throws Exception {
        Path mixed = TestDocuments.pdf(dir.resolve("mixto.pdf"), OFICIOS, Set.of(1, 3));
        RecordingReader reader = new RecordingReader();

        Extraction extraction = extract(OcrMode.AUTO, reader, mixed);

        // the scans are 1700 pixels wide on a letter page, 200 dpi: enlarged to 300, which Tesseract reads better
        assertThat(reader.read).containsOnly(Map.entry(1, "300 dpi"), Map.entry(3, "300 dpi"));
        assertThat(extraction.ocrPages()).isEqualTo(2);
        assertThat(extraction.pages().get(0)).contains("IEPC/UTC/21/104");
        assertThat(extraction.pages().get(1)).isEqualTo("texto leído de la página 2");
        assertThat(extraction.pages().get(2)).contains("IEPC/CG139/2021");
        assertThat(extraction.pages().get(3)).isEqualTo("texto leído de la página 4");
    }

    @Test
    void alwaysReadsEveryPageAndKeepsOnlyWhatOcrRead() throws Exception {
        Path mixed = TestDocuments.pdf(dir.resolve("mixto.pdf"), OFICIOS.subList(0, 2), Set.of(1));
        RecordingReader reader = new RecordingReader();

        Extraction extraction = extract(OcrMode.ALWAYS, reader, mixed);

        // a page of text has no scan: it is rendered at 300 dpi, as Tika rendered every page
        assertThat(reader.read).containsOnly(Map.entry(0, "300 dpi"), Map.entry(1, "300 dpi"));
        assertThat(extraction.ocrPages()).isEqualTo(2);
        assertThat(extraction.pages()).containsExactly("texto leído de la página 1", "texto leído de la página 2");
    }

    @Test
    void aScanFinerThan300DpiIsReadAtItsOwnResolution() throws Exception {
        // given a letter page scanned at 350 dpi
        Path file = scannedPage(dir.resolve("fino.pdf"), 2975, 3850, null);
        RecordingReader reader = new RecordingReader();

        assertThat(extract(OcrMode.AUTO, reader, file).ocrPages()).isEqualTo(1);
        assertThat(reader.read).containsOnly(Map.entry(0, "350 dpi"));
    }

    @Test
    void aScannedPageKeepsItsFewWordsOfTextLayerBeforeItsOcrText() throws Exception {
        // given a scanned page whose text layer is only its page number, as Tika's AUTO strategy reads it
        Path file = scannedPage(dir.resolve("foliado.pdf"), 1700, 2200, "Hoja 2");

        Extraction extraction = extract(OcrMode.AUTO, new RecordingReader(), file);

        assertThat(extraction.ocrPages()).isEqualTo(1);
        assertThat(extraction.pages()).containsExactly("Hoja 2\n\ntexto leído de la página 1");
    }

    @Test
    void aFullDiskWhileReadingAPageIsAFullDiskNotADamagedFile() throws Exception {
        Path scan = TestDocuments.pdf(dir.resolve("escaneado.pdf"), OFICIOS.subList(0, 2), Set.of(0, 1));
        PageOcrPool.PageReader full = (page, image, dpi) -> {
            throw new IOException("No space left on device");
        };

        Extraction extraction = extract(OcrMode.AUTO, full, scan);

        assertThat(extraction.failure()).isEqualTo(ExtractionFailure.DISK_FULL);
    }

    /** The file read on two OCR slots, its pages read by {@code reader} (null: by Tesseract). */
    private static Extraction extract(OcrMode mode, PageOcrPool.PageReader reader, Path file) {
        try (TextExtractor extractor = new TextExtractor(mode, Duration.ofMinutes(2), 2, reader)) {
            return extractor.extract(file);
        }
    }

    /** A letter page holding a scan of the first oficio in these pixels, and {@code textLayer} as text if any. */
    private static Path scannedPage(Path file, int width, int height, String textLayer) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(
                        LosslessFactory.createFromImage(doc, TestDocuments.scan(OFICIOS.get(0), width, height, 44)),
                        0,
                        0,
                        PDRectangle.LETTER.getWidth(),
                        PDRectangle.LETTER.getHeight());
                if (textLayer != null) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                    content.newLineAtOffset(300, 30);
                    content.showText(textLayer);
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static boolean modifiedAfter(Path file, Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(instant);
        } catch (IOException e) {
            return false; // deleted meanwhile
        }
    }
}
