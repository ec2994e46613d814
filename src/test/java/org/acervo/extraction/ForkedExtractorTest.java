package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.acervo.document.DocumentId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** Parsing in worker processes: same results, and a hang or a memory blow-up costs only the worker. */
@Tag("slow")
class ForkedExtractorTest {

    @TempDir
    Path dir;

    private Extraction extract(DocumentExtractor extractor, Path file) throws Exception {
        return extractor.extract(file, DocumentId.of(file));
    }

    @Test
    void aWorkerGivesTheSamePagesAsParsingInProcess() throws Exception {
        Path pdf = TestDocuments.pdf(
                dir.resolve("oficio.pdf"),
                List.of("Oficio No. IEPC/UTC/21/104\nDurango, 11 de octubre de 2021", "Segunda página"),
                Set.of());
        try (ForkedExtractor forked = new ForkedExtractor(OcrMode.AUTO, Duration.ofMinutes(1), "256m");
                TextExtractor local = new TextExtractor(OcrMode.AUTO, Duration.ofMinutes(1))) {
            Extraction inWorker = extract(forked, pdf);
            assertThat(inWorker.succeeded()).isTrue();
            assertThat(inWorker).isEqualTo(extract(local, pdf));
            assertThat(inWorker.pages()).hasSize(2);
        }
    }

    @Test
    void aLogFileWhoseFolderIsGoneCostsNoWorker() throws Exception {
        Path log = dir.resolve("borrada").resolve("acervo.log");
        Path text = Files.writeString(dir.resolve("oficio.txt"), "Oficio IEPC/UTC/21/104");
        String previous = System.getProperty("acervo.log.file");
        System.setProperty("acervo.log.file", log.toString());
        try (ForkedExtractor forked = new ForkedExtractor(OcrMode.NEVER, Duration.ofMinutes(1), "256m")) {
            // A command run earlier in this JVM named acervo.log in a data folder deleted since.
            FileSystemUtils.deleteRecursively(log.getParent());
            assertThat(extract(forked, text).pages()).containsExactly("Oficio IEPC/UTC/21/104");
        } finally {
            if (previous == null) {
                System.clearProperty("acervo.log.file");
            } else {
                System.setProperty("acervo.log.file", previous);
            }
        }
        assertThat(log).exists();
    }

    @Test
    void aWorkerUnpacksNoMoreThanTheBudgetItIsGiven() throws Exception {
        Path zip = Files.write(dir.resolve("bomba.zip"), TestDocuments.compressibleZip("miembro", 4, 1));
        try (ForkedExtractor forked = new ForkedExtractor(OcrMode.NEVER, Duration.ofMinutes(1), "256m")) {
            Extraction extraction = forked.extract(zip, DocumentId.of(zip), 3L << 20);
            try {
                assertThat(extraction.attachments())
                        .extracting(a -> a.file() != null)
                        .containsExactly(true, true, false, false);
                assertThat(extraction.unpacked()).isLessThanOrEqualTo(3L << 20);
            } finally {
                extraction.discardAttachments();
            }
        }
    }

    @Test
    void aDocumentOverTheTimeLimitEndsItsWorkerAndTheNextDocumentGetsAFreshOne() throws Exception {
        String lines = "Oficio escaneado IEPC/SE/0311/2022 con texto que Tesseract debe leer\n".repeat(25);
        Path scan = TestDocuments.pdf(
                dir.resolve("lento.pdf"), List.of(lines, lines, lines, lines, lines), Set.of(0, 1, 2, 3, 4));
        Path text = Files.writeString(dir.resolve("rapido.txt"), "Oficio IEPC/UTC/21/105");
        java.time.Instant began = java.time.Instant.now();
        ForkedExtractor forked = new ForkedExtractor(OcrMode.AUTO, Duration.ofSeconds(1), "256m");
        try (forked) {
            Extraction slow = extract(forked, scan);
            assertThat(slow.failure()).isEqualTo(ExtractionFailure.TIMED_OUT);
            assertThat(slow.reason()).isEqualTo("reading took too long and was stopped (limit 1 s)");
            // The killed worker took its Tesseract with it: none started by this test runs on.
            Thread.sleep(300);
            assertThat(ProcessHandle.allProcesses()
                            .filter(ProcessHandle::isAlive)
                            .filter(p -> p.info()
                                    .command()
                                    .map(c -> c.endsWith("tesseract"))
                                    .orElse(false))
                            .filter(p -> p.info()
                                    .startInstant()
                                    .map(t -> t.isAfter(began))
                                    .orElse(false))
                            .toList())
                    .as("tesseract processes left running")
                    .isEmpty();

            Extraction next = extract(forked, text);
            assertThat(next.succeeded()).isTrue();
            assertThat(next.pages()).containsExactly("Oficio IEPC/UTC/21/105");
        }
        // Every worker's temporary folder, the killed one's included, went with it.
        assertThat(forked.workerFolders()).hasSize(2);
        assertThat(forked.workerFolders())
                .as("worker temporary folders left behind")
                .noneMatch(Files::exists);
    }

    @Test
    void aDocumentThatExhaustsAWorkersMemoryIsRecordedAndTheWorkGoesOn() throws Exception {
        Path huge = TestDocuments.hugeBlankPagePdf(dir.resolve("enorme.pdf"));
        Path text = Files.writeString(dir.resolve("despues.txt"), "Acuerdo IEPC/CG139/2021");
        try (ForkedExtractor forked = new ForkedExtractor(OcrMode.AUTO, Duration.ofMinutes(1), "128m")) {
            Extraction blown = extract(forked, huge);
            assertThat(blown.failure()).isEqualTo(ExtractionFailure.OUT_OF_MEMORY);
            assertThat(blown.reason()).contains("limit 128m");

            assertThat(extract(forked, text).pages()).containsExactly("Acuerdo IEPC/CG139/2021");
        }
    }

    @Test
    void workersMapTheClassArchiveTheirParentWasGivenAndNothingElseOfItsOptions() {
        List<String> parent = List.of(
                "-XX:SharedArchiveFile=/app/acervo.jsa",
                "-Xshare:auto",
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0",
                "-Xlog:disable",
                "-Xlog:all=warning:stderr",
                "-XX:TieredStopAtLevel=1",
                "-Xmx1g");
        assertThat(ForkedExtractor.sharedArchive(parent))
                .containsExactly(
                        "-XX:SharedArchiveFile=/app/acervo.jsa",
                        "-Xshare:auto",
                        "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:ArchiveRelocationMode=0",
                        "-Xlog:disable",
                        "-Xlog:all=warning:stderr");
        assertThat(ForkedExtractor.sharedArchive(List.of("-Xmx1g", "-Xlog:disable")))
                .isEmpty();
    }
}
