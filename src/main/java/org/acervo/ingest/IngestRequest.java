package org.acervo.ingest;

import java.nio.file.Path;
import java.util.List;
import org.acervo.extraction.OcrMode;
import org.acervo.language.BadArgument;

/**
 * What to ingest and how: from a job file or the {@code ingest} command line.
 *
 * @param inputs  files and folders to walk
 * @param include glob patterns a file's path must match (any of them); empty means all files
 * @param exclude glob patterns that leave a file out
 * @param dataDir where the index and job repository live
 * @param ocr     when to OCR
 * @param threads how many files are processed in parallel
 * @param timeoutSeconds how long one document may take before it is recorded as timed out
 * @param prune   whether to remove documents whose files are gone from the inputs
 * @param retryFailed read again every failed file, not only those a limit or an accident failed
 * @param verify  read every file to tell whether it changed, even one whose size, dates and inode are those
 *                recorded when it was last read
 */
public record IngestRequest(
        List<Path> inputs,
        List<String> include,
        List<String> exclude,
        Path dataDir,
        OcrMode ocr,
        int threads,
        long timeoutSeconds,
        boolean prune,
        boolean retryFailed,
        boolean verify) {

    /** A scanned 20-page oficio takes about 40 s of OCR on one core; 120 s leaves room, and a hang ends. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 120;

    /** A request with the default time limit and no pruning. */
    public IngestRequest(
            List<Path> inputs, List<String> include, List<String> exclude, Path dataDir, OcrMode ocr, int threads) {
        this(inputs, include, exclude, dataDir, ocr, threads, DEFAULT_TIMEOUT_SECONDS, false, false);
    }

    /** A request that reads again only the failures a limit or an accident caused. */
    public IngestRequest(
            List<Path> inputs,
            List<String> include,
            List<String> exclude,
            Path dataDir,
            OcrMode ocr,
            int threads,
            long timeoutSeconds,
            boolean prune) {
        this(inputs, include, exclude, dataDir, ocr, threads, timeoutSeconds, prune, false);
    }

    /** A request that trusts the stamps of files (see {@link #verify()}). */
    public IngestRequest(
            List<Path> inputs,
            List<String> include,
            List<String> exclude,
            Path dataDir,
            OcrMode ocr,
            int threads,
            long timeoutSeconds,
            boolean prune,
            boolean retryFailed) {
        this(inputs, include, exclude, dataDir, ocr, threads, timeoutSeconds, prune, retryFailed, false);
    }

    public IngestRequest {
        if (inputs.isEmpty()) {
            throw new BadArgument("error.nothingToIngest");
        }
        if (timeoutSeconds < 1) {
            throw new BadArgument("error.timeLimit");
        }
        if (threads < 1) {
            throw new BadArgument("error.threads", threads);
        }
        inputs = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The inputs as the job's parameter holds them, one a line: with the globs, what makes two runs the same run. */
    String joinedInputs() {
        return String.join("\n", inputs.stream().map(Object::toString).toList());
    }

    String joinedInclude() {
        return String.join("\n", include);
    }

    String joinedExclude() {
        return String.join("\n", exclude);
    }

    /** One worker per core: OCR, the slow part, runs one single-threaded Tesseract process per worker. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
