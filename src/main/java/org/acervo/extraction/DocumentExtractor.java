package org.acervo.extraction;

import java.nio.file.Path;

/**
 * Turns a file into its pages of text, or a failure with its reason; never throws for a bad file.
 * {@link TextExtractor} parses in this JVM; {@link ForkedExtractor} parses in worker processes so that
 * a document that hangs or exhausts memory costs one worker, not the job.
 */
public interface DocumentExtractor extends AutoCloseable {

    /** What one container may unpack to temporary files when the caller names no budget, in MB. */
    int DEFAULT_UNPACK_MEGABYTES = 512;

    /** Extracts a file whose SHA-256 the caller already computed, a container unpacking at most its default. */
    default Extraction extract(Path file, String sha256) {
        return extract(file, sha256, DEFAULT_UNPACK_MEGABYTES * 1024L * 1024L);
    }

    /**
     * Extracts a file whose SHA-256 the caller already computed. A container copies its members to
     * temporary files up to {@code unpackLimit} bytes in all; the members after that are refused with
     * the reason, and the bytes written are in {@link Extraction#unpacked()}.
     */
    Extraction extract(Path file, String sha256, long unpackLimit);

    @Override
    void close();
}
