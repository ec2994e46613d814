package org.acervo.ingest;

import java.nio.file.Path;
import java.util.List;

import org.acervo.extraction.OcrMode;

/**
 * What to ingest and how: from a job file or the {@code ingest} command line.
 *
 * @param inputs  files and folders to walk
 * @param include glob patterns a file's path must match (any of them); empty means all files
 * @param exclude glob patterns that leave a file out
 * @param dataDir where the index and job repository live
 * @param ocr     when to OCR
 * @param threads how many partitions run in parallel
 */
public record IngestRequest(List<Path> inputs, List<String> include, List<String> exclude, Path dataDir,
                            OcrMode ocr, int threads) {

    public IngestRequest {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to ingest: give at least one file or folder");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        inputs = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        dataDir = dataDir.toAbsolutePath().normalize();
    }
}
