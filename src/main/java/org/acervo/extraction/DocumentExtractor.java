package org.acervo.extraction;

import java.nio.file.Path;

/**
 * Turns a file into its pages of text, or a failure with its reason; never throws for a bad file.
 * {@link TextExtractor} parses in this JVM; {@link ForkedExtractor} parses in worker processes so that
 * a document that hangs or exhausts memory costs one worker, not the job.
 */
public interface DocumentExtractor extends AutoCloseable {

    /** Extracts a file whose SHA-256 the caller already computed. */
    Extraction extract(Path file, String sha256);

    @Override
    void close();
}
