package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentId;
import org.acervo.document.DocumentStatus;
import org.acervo.document.FileStamp;
import org.acervo.extraction.OcrMode;
import org.acervo.index.CommitStamp;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.index.PathStamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a re-run is answered without the job, and every case in which the job must start: the answer is
 * only given when the job would have found every file unchanged and written nothing.
 */
class UnchangedRunTest {

    @TempDir
    Path data;

    @TempDir
    Path inputs;

    private Path a;
    private Path b;

    @BeforeEach
    void twoFilesIndexedAndStampedByARunThatFinished() throws Exception {
        a = Files.writeString(inputs.resolve("a.txt"), "Oficio IEPC/UTC/21/104");
        b = Files.writeString(inputs.resolve("b.txt"), "Oficio IEPC/UTC/21/105");
        finishedRun(
                index -> {
                    indexed(index, a, "sha-a", null);
                    indexed(index, b, "sha-b", null);
                },
                Set.of());
    }

    private interface Writes {
        void to(LuceneDocumentIndex index) throws IOException;
    }

    /** What IngestRunner does: the index written and committed, then the run's record kept. */
    private void finishedRun(Writes writes, Set<String> unfinished) throws IOException {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            writes.to(index);
            index.commitSettled();
            Files.createDirectories(data.resolve(IngestContext.JOBS));
            SettledRun.of(index, CommitStamp.of(data).orElseThrow(), 7, unfinished)
                    .write(data);
        }
    }

    private static void indexed(LuceneDocumentIndex index, Path file, String sha, String failure) throws IOException {
        index.upsert(new ArchiveDocument(
                sha,
                List.of(file.toString()),
                failure == null ? DocumentStatus.INDEXED : DocumentStatus.FAILED,
                failure,
                "text/plain",
                null,
                0,
                failure == null ? List.of("texto") : List.of(),
                List.of()));
        index.stamp(file.toString(), new PathStamp(sha, FileStamp.of(file)));
    }

    private IngestRequest request(boolean prune, boolean retryFailed, boolean verify) {
        return new IngestRequest(
                List.of(inputs), List.of(), List.of(), data, OcrMode.AUTO, 2, 60, prune, retryFailed, verify);
    }

    private Optional<RunSummary> check() {
        return UnchangedRun.check(request(false, false, false));
    }

    @Test
    void everyFileAsTheLastFinishedRunLeftItIsUnchangedAndNoJobStarts() {
        RunSummary summary = check().orElseThrow();

        assertThat(summary.jobStarted()).isFalse();
        assertThat(summary.jobExecutionId()).isEqualTo(7);
        assertThat(summary.seen()).isEqualTo(2);
        assertThat(summary.unchanged()).isEqualTo(2);
        assertThat(summary.indexed() + summary.failed()).isZero();
        assertThat(summary.completed()).isTrue();
    }

    @Test
    void aNewFileStartsTheJob() throws Exception {
        Files.writeString(inputs.resolve("c.txt"), "Oficio IEPC/UTC/21/106");
        assertThat(check()).isEmpty();
    }

    @Test
    void aFileWrittenAgainStartsTheJob() throws Exception {
        Files.writeString(b, "Oficio IEPC/UTC/21/107");
        assertThat(check()).isEmpty();
    }

    @Test
    void verifyAlwaysStartsTheJob() {
        assertThat(UnchangedRun.check(request(false, false, true))).isEmpty();
    }

    @Test
    void aRunThatBeganSinceStartsTheJobEvenBeforeItWroteAnything() throws Exception {
        SettledRun.forget(data);
        assertThat(check()).isEmpty();
    }

    @Test
    void anIndexCommittedSinceStartsTheJob() throws Exception {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(new ArchiveDocument(
                    "sha-x",
                    List.of("/otro/x.txt"),
                    DocumentStatus.INDEXED,
                    null,
                    "text/plain",
                    null,
                    0,
                    List.of("x"),
                    List.of()));
        }
        assertThat(check()).isEmpty();
    }

    @Test
    void anUnfinishedRunOfTheseInputsStartsTheJobToResumeIt() throws Exception {
        finishedRun(index -> {}, Set.of(SettledRun.key(request(false, false, false))));
        assertThat(check()).isEmpty();

        finishedRun(index -> {}, Set.of(SettledRun.key("/otra/carpeta", "", "")));
        assertThat(check()).as("another folder's unfinished run").isPresent();
    }

    @Test
    void aTimedOutFileStartsTheJobAndAFileFailedForItsContentOnlyWithRetryFailed() throws Exception {
        finishedRun(
                index -> indexed(index, b, "sha-b2", "encrypted document: it needs a password to be opened"), Set.of());
        assertThat(check()).isPresent();
        assertThat(UnchangedRun.check(request(false, true, false))).isEmpty();

        finishedRun(
                index -> indexed(index, b, "sha-b3", "reading took too long and was stopped (limit 120 s)"), Set.of());
        assertThat(check()).isEmpty();
    }

    @Test
    void aFolderThatCouldNotBeReadStartsTheJobEvenWhenItIsNoLongerListed() throws Exception {
        Path folder = inputs.resolve("cerrada");
        finishedRun(
                index -> index.upsert(IngestProcessor.failed(
                        folder.toString(),
                        DocumentId.byPath(folder.toString()),
                        null,
                        "the folder could not be opened")),
                Set.of());
        assertThat(check()).isEmpty();
    }

    @Test
    void aMemberRefusedInsideAnUnchangedContainerDoesNotStartTheJob() throws Exception {
        String member = a + FileOutcome.MEMBER + "hondo.pdf";
        finishedRun(
                index -> index.upsert(
                        IngestProcessor.failed(member, DocumentId.byPath(member), null, IngestProcessor.TOO_DEEP)),
                Set.of());
        assertThat(check()).isPresent();
    }

    @Test
    void aFileGoneStartsTheJobOnlyWhenPruneIsAsked() throws Exception {
        Files.delete(b);
        assertThat(check())
                .hasValueSatisfying(summary -> assertThat(summary.seen()).isEqualTo(1));
        assertThat(UnchangedRun.check(request(true, false, false))).isEmpty();
    }

    @Test
    void aDamagedRecordStartsTheJob() throws Exception {
        Path record = SettledRun.file(data);
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length / 2] ^= 1;
        Files.write(record, bytes);
        assertThat(check()).isEmpty();
    }
}
