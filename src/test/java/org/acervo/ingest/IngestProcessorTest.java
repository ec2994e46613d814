package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.acervo.extraction.OcrMode;
import org.acervo.extraction.Sha256;
import org.acervo.extraction.TextExtractor;
import org.acervo.index.EntryStatus;
import org.acervo.index.IndexEntry;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.recognition.DocumentRecognizer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the processor makes of a file: failures read again or kept, members below the deepest level recorded and cleaned up. */
class IngestProcessorTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "reading took too long and was stopped (limit 120 s)|INDEXED",
            "the document needs more memory than a reader is given and was stopped (limit 512m)|INDEXED",
            "the reader crashed on this document (exit code 134)|INDEXED",
            "encrypted document: it needs a password to be opened|UNCHANGED",
            "damaged or truncated file: it could not be read (Page tree root must be a dictionary)|UNCHANGED",
    })
    void aFailedFileIsReadAgainOnlyWhenItsFailureWasALimitOrAnAccident(String reason, String result) throws Exception {
        assertThat(processOnce(reason, false)).hasToString(result);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "encrypted document: it needs a password to be opened",
            "damaged or truncated file: it could not be read (Page tree root must be a dictionary)",
    })
    void retryFailedReadsAgainEveryFailure(String reason) throws Exception {
        assertThat(processOnce(reason, true)).isEqualTo(IngestOutcome.Result.INDEXED);
    }

    private IngestOutcome.Result processOnce(String reason, boolean retryAll) throws Exception {
        Path file = Files.writeString(dir.resolve("oficio.txt"), "Oficio No. IEPC/SE/0001/2021 del 5 de octubre de 2021.");
        String sha = Sha256.of(file);
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"));
             TextExtractor extractor = new TextExtractor(OcrMode.NEVER, Duration.ofSeconds(30))) {
            index.upsert(new IndexEntry(sha, List.of(file.toString()), EntryStatus.FAILED, reason, "text/plain", null, 0,
                    List.of(), List.of(), List.of(), List.of()));
            index.commit();

            IngestOutcome outcome = new IngestProcessor(index, () -> extractor, new DocumentRecognizer(), retryAll).process(file);

            if (outcome.entry() != null) {
                index.upsert(outcome.entry());
                assertThat(index.failureReason(sha)).isEmpty();
            }
            return outcome.result();
        }
    }

    @org.junit.jupiter.api.Test
    void membersBelowTheDeepestLevelLeaveNoTemporaryCopy() throws Exception {
        Path zip = Files.write(dir.resolve("nivel5.zip"), IngestJobFunctionalTests.nestedZips(5));
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"));
             TextExtractor extractor = new TextExtractor(OcrMode.NEVER, Duration.ofSeconds(30))) {
            List<Path> before = attachmentCopies(temporary);
            IngestOutcome outcome = new IngestProcessor(index, () -> extractor, new DocumentRecognizer()).process(zip);
            assertThat(outcome.embedded()).anyMatch(e -> e.status() == EntryStatus.FAILED && e.reason().startsWith("nested too deep"));
            assertThat(attachmentCopies(temporary)).as("temporary copies left").isSubsetOf(before);
        }
    }

    private static List<Path> attachmentCopies(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("acervo-attachment-")).toList();
        }
    }
}
