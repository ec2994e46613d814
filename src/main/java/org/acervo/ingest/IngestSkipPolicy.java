package org.acervo.ingest;

import java.io.IOException;
import org.acervo.document.DiskFullException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Which failures cost one file rather than the run: a file that cannot be read at all (permissions,
 * vanished), recorded as failed by the writer's skip listener.
 *
 * <p>A full disk is an {@code IOException} too, but it is not the file's fault: skipped, it would mark
 * good files failed (or, in the writer, drop them without a trace). It stops the run instead. Writing
 * the index is never skipped either: {@link IndexItemWriter} reports its failures unchecked, so they
 * stop the run whatever they are.
 */
final class IngestSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable error, long skipCount) {
        return error instanceof IOException && !DiskFullException.causes(error);
    }
}
