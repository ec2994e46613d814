package org.acervo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.acervo.document.DocumentId;
import org.acervo.extraction.Extraction;
import org.acervo.extraction.OcrMode;
import org.acervo.extraction.TextExtractor;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.recognition.DocumentRecognizer;
import org.acervo.recognition.Recognition;
import org.springframework.util.FileSystemUtils;

/**
 * Where an ingest's CPU goes, phase by phase, in one JVM on one thread: hashing, Tika's parse, recognition,
 * and indexing (a commit every 10 files, as the job's chunks), each timed as this thread's CPU; the JVM's
 * whole CPU (its compilers and collector included) beside them. Rounds after the first run warm.
 *
 * <p>Usage: {@code PhaseLoop DIR [ROUNDS]} (default 2; text only, no OCR)
 */
public final class PhaseLoop {

    private PhaseLoop() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        DocumentRecognizer recognizer = new DocumentRecognizer();
        for (int round = 1; round <= rounds; round++) {
            Path data = Files.createTempDirectory("acervo-phases-");
            long hash = 0;
            long parse = 0;
            long recognize = 0;
            long index = 0;
            long processBefore = os.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            try (TextExtractor extractor = new TextExtractor(OcrMode.NEVER, Duration.ofMinutes(5));
                    LuceneDocumentIndex lucene = LuceneDocumentIndex.open(data)) {
                int n = 0;
                for (Path file : files) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    String sha = DocumentId.of(file);
                    long t1 = threads.getCurrentThreadCpuTime();
                    Extraction extraction = extractor.extract(file, sha);
                    long t2 = threads.getCurrentThreadCpuTime();
                    Recognition recognition = recognizer.recognize(extraction.pages());
                    long t3 = threads.getCurrentThreadCpuTime();
                    lucene.upsert(recognition.indexed(
                            sha, file.toString(), extraction.mediaType(), extraction.ocrPages(), extraction.pages()));
                    if (++n % 10 == 0) {
                        lucene.commit();
                    }
                    long t4 = threads.getCurrentThreadCpuTime();
                    hash += t1 - t0;
                    parse += t2 - t1;
                    recognize += t3 - t2;
                    index += t4 - t3;
                }
                long t = threads.getCurrentThreadCpuTime();
                lucene.commit();
                index += threads.getCurrentThreadCpuTime() - t;
            } finally {
                FileSystemUtils.deleteRecursively(data);
            }
            System.out.printf(
                    "round=%d files=%d wall=%.2f process-cpu=%.2f hash=%.2f parse=%.2f recognize=%.2f index=%.2f%n",
                    round,
                    files.size(),
                    (System.nanoTime() - wallBefore) / 1e9,
                    (os.getProcessCpuTime() - processBefore) / 1e9,
                    hash / 1e9,
                    parse / 1e9,
                    recognize / 1e9,
                    index / 1e9);
        }
    }
}
