package org.acervo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentId;
import org.acervo.index.DocumentIndex;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a chunk's outcomes to the index and commits it, then records the tally.
 *
 * <p>The index commit comes before the job repository's: a crash in between replays the chunk, which
 * is harmless because every write is an upsert by content (the replayed files then count as unchanged).
 * A chunk that only records new stamps of unchanged files (touched, copied back) is not committed on its
 * own: the next chunk that writes a document, or the end of the run, commits its stamps, and a crash
 * before then loses only stamps, so those files are hashed once more.
 */
class IndexItemWriter implements ItemStreamWriter<FileOutcome>, SkipListener<Path, FileOutcome> {

    private final DocumentIndex index;
    private final ProgressLine progress;
    private final PartitionTally tally;

    IndexItemWriter(DocumentIndex index, ProgressLine progress) {
        this(index, progress, PartitionTally.DEFAULT_LISTED);
    }

    /** @param failuresListed failures kept by path and reason in the step context; the rest are counted */
    IndexItemWriter(DocumentIndex index, ProgressLine progress, int failuresListed) {
        this.index = index;
        this.progress = progress;
        this.tally = new PartitionTally(failuresListed);
    }

    /**
     * Writing the index fails for the index, not for the chunk's files (a full disk, most often): its
     * failure is unchecked so that no skip policy turns it into the files' failure or drops them. It
     * stops the run; the files are read again when it resumes.
     */
    @Override
    public void write(Chunk<? extends FileOutcome> chunk) {
        try {
            writeAndCommit(chunk);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the index failed", e);
        }
        for (FileOutcome outcome : chunk) {
            tally.add(outcome);
            progress.done(outcome);
        }
    }

    private void writeAndCommit(Chunk<? extends FileOutcome> chunk) throws IOException {
        boolean documents = false;
        for (FileOutcome outcome : chunk) {
            if (outcome.replacedSha() != null) {
                index.removePath(outcome.replacedSha(), outcome.path());
                unlistMembers(outcome.path());
                documents = true;
            }
            if (outcome.entry() != null) {
                index.upsert(outcome.entry());
                documents = true;
            }
            for (ArchiveDocument member : outcome.embedded()) {
                index.upsert(member);
                documents = true;
            }
            if (outcome.stamp() != null) {
                // After the content: the index keeps a stamp only for the content its path holds.
                index.stamp(outcome.path(), outcome.stamp());
            }
        }
        if (documents) {
            index.commit();
        }
    }

    /**
     * A changed container's old members go with it, members of its members included; its new members
     * are written next. Only paths under {@code container!/} are read, however big the archive.
     */
    private void unlistMembers(String container) throws IOException {
        for (var member :
                index.pathsStartingWith(container + FileOutcome.MEMBER).entrySet()) {
            index.removePath(member.getValue(), member.getKey());
        }
    }

    /** A file that could not even be read (permissions, vanished) is still recorded, under its path's hash. */
    @Override
    public void onSkipInProcess(Path file, Throwable error) {
        FileOutcome outcome = new FileOutcome(
                file.toString(),
                FileOutcome.Result.FAILED,
                IngestProcessor.failed(
                        file.toString(), DocumentId.byPath(file.toString()), null, ReadFailures.ofFile(error)),
                null);
        try {
            index.upsert(outcome.entry());
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tally.add(outcome);
        progress.done(outcome);
    }

    @Override
    public void open(ExecutionContext context) {
        tally.restore(context);
    }

    @Override
    public void update(ExecutionContext context) {
        tally.save(context);
    }
}
