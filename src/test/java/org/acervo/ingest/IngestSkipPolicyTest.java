package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class IngestSkipPolicyTest {

    private final IngestSkipPolicy policy = new IngestSkipPolicy();

    @Test
    void aFileThatCannotBeReadCostsThatFileOnly() {
        assertThat(policy.shouldSkip(new AccessDeniedException("/archivo/privado.pdf"), 0))
                .isTrue();
        assertThat(policy.shouldSkip(new IOException("Input/output error"), 5)).isTrue();
    }

    @Test
    void aFullDiskOrAFailedIndexWriteStopsTheRun() {
        assertThat(policy.shouldSkip(
                        new FileSystemException("/tmp/acervo-worker-1/x", null, "No space left on device"), 0))
                .isFalse();
        assertThat(policy.shouldSkip(new IOException("copy failed", new IOException("No space left on device")), 0))
                .isFalse();
        assertThat(policy.shouldSkip(
                        new UncheckedIOException("writing the index failed", new IOException("Input/output error")), 0))
                .as("the index writer's failures are not the files'")
                .isFalse();
    }
}
