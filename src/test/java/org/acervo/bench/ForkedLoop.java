package org.acervo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.acervo.extraction.DocumentExtractor;
import org.acervo.extraction.Extraction;
import org.acervo.extraction.ForkedExtractor;
import org.acervo.extraction.OcrMode;

/**
 * Extracts every file of a folder through Acervo's own process isolation, one {@link ForkedExtractor}
 * shared by N threads as the ingest's step shares it (a worker JVM per thread), with the ingest's
 * unpacking budget; no hashing, recognition or index, so that only extraction and its isolation are
 * timed. The counterpart of {@link PipesLoop}.
 *
 * <p>Prints one {@code file} line per file (its outcome, pages, pages read by OCR, attachments,
 * characters), then per-outcome counts and seconds.
 *
 * <p>Usage: {@code ForkedLoop DIR THREADS [TIMEOUT_SECONDS] [HEAP] [OCR]} (defaults 300 s, 512m, auto)
 */
public final class ForkedLoop {

    private ForkedLoop() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int threads = Integer.parseInt(args[1]);
        Duration timeout = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 300);
        String heap = args.length > 3 ? args[3] : "512m";
        OcrMode mode = OcrMode.parse(args.length > 4 ? args[4] : "auto");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, Integer> counts = new ConcurrentSkipListMap<>();
        Map<Path, String> lines = new ConcurrentSkipListMap<>();
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ForkedExtractor extractor = new ForkedExtractor(mode, timeout, heap)) {
            List<Future<?>> futures = files.stream()
                    .<Future<?>>map(file -> pool.submit(() -> {
                        // The identity is the caller's business (the ingest hashes before it extracts).
                        Extraction extraction = extractor.extract(
                                file, "-", DocumentExtractor.DEFAULT_UNPACK_MEGABYTES * 1024L * 1024L);
                        extraction.discardAttachments();
                        String outcome = extraction.succeeded()
                                ? "OK"
                                : extraction.failure().name();
                        long length = extraction.pages().stream()
                                .mapToLong(String::length)
                                .sum();
                        counts.merge(outcome, 1, Integer::sum);
                        chars.addAndGet(length);
                        lines.put(
                                file,
                                "file %s outcome=%s pages=%d ocr=%d attachments=%d chars=%d reason=%s"
                                        .formatted(
                                                dir.relativize(file),
                                                outcome,
                                                extraction.pages().size(),
                                                extraction.ocrPages(),
                                                extraction.attachments().size(),
                                                length,
                                                extraction.reason() == null ? "-" : extraction.reason()));
                        return null;
                    }))
                    .toList();
            for (Future<?> future : futures) {
                future.get();
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        lines.values().forEach(System.out::println);
        System.out.printf(
                "forked-loop files=%d threads=%d seconds=%.2f chars=%d outcomes=%s%n",
                files.size(), threads, seconds, chars.get(), counts);
    }
}
