package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.extraction.ExtractionFailure;
import org.junit.jupiter.api.Test;

/** status groups failed files by the kind of their stored reason, the commonest first. */
class StatusFailureKindsTest {

    @Test
    void aStoredReasonIsReadBackAsItsKindDetailAndAll() {
        assertThat(ExtractionFailure.of("damaged or truncated file: it could not be read (Error: End-of-File)"))
                .contains(ExtractionFailure.CORRUPT);
        assertThat(ExtractionFailure.of("the folder could not be opened (permission denied)"))
                .contains(ExtractionFailure.FOLDER_UNREADABLE);
        assertThat(ExtractionFailure.of("the file could not be opened")).contains(ExtractionFailure.UNREADABLE);
        assertThat(ExtractionFailure.of("something an older Acervo wrote")).isEmpty();
        assertThat(ExtractionFailure.of(null)).isEmpty();
    }

    @Test
    void failuresAreCountedByKindCommonestFirst() {
        List<StatusCommand.Failure> failures = List.of(
                new StatusCommand.Failure("a.pdf", ExtractionFailure.ENCRYPTED.sentence()),
                new StatusCommand.Failure(
                        "b.pdf", ExtractionFailure.CORRUPT.sentence() + " (Page tree root must be a dictionary)"),
                new StatusCommand.Failure("c.pdf", ExtractionFailure.CORRUPT.sentence()),
                new StatusCommand.Failure("d.pdf", "written by an older Acervo"));

        assertThat(StatusCommand.byKind(failures))
                .containsExactly(
                        java.util.Map.entry("CORRUPT", 2),
                        java.util.Map.entry("ENCRYPTED", 1),
                        java.util.Map.entry("OTHER", 1));
        assertThat(failures.get(1).kind()).isEqualTo("CORRUPT");
        assertThat(failures.get(3).kind()).isNull();
    }

    @Test
    void theStoredCodeSaysTheKindAndAFailureStoredWithoutOneIsReadFromItsSentence() {
        ArchiveDocument coded = failed("the reader said something of its own").withFailure("ENCRYPTED");
        ArchiveDocument old = failed(ExtractionFailure.CORRUPT.sentence() + " (Page tree root must be a dictionary)");
        ArchiveDocument unknown = failed(ExtractionFailure.EMPTY.sentence()).withFailure("A_CODE_OF_LATER");

        assertThat(StatusCommand.Failure.of("a.pdf", coded).kind()).isEqualTo("ENCRYPTED");
        assertThat(StatusCommand.Failure.of("b.pdf", old).kind()).isEqualTo("CORRUPT");
        assertThat(StatusCommand.Failure.of("c.pdf", unknown).kind()).isEqualTo("EMPTY");
        assertThat(IngestProcessor.failed("d.pdf", "ddd", null, ExtractionFailure.TIMED_OUT.sentence())
                        .failure())
                .isEqualTo("TIMED_OUT");
    }

    private static ArchiveDocument failed(String reason) {
        return new ArchiveDocument(
                "sha", List.of("x.pdf"), DocumentStatus.FAILED, reason, null, null, 0, List.of(), List.of());
    }
}
