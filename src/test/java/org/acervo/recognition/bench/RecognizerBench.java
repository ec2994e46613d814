package org.acervo.recognition.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acervo.recognition.DocumentRecognizer;

/**
 * Measures the recognizers in MB of text per second on one thread, against a single literal
 * {@code Pattern} scan over the same text as the baseline.
 *
 * <p>The corpus is the gold corpus's pages repeated to {@code args[0]} MB (default 8). Each
 * measurement warms up for {@code WARMUP} rounds, then reports the best of {@code ROUNDS}. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.acervo.recognition.bench.RecognizerBench}
 */
public final class RecognizerBench {

    private static final int WARMUP = 5;
    private static final int ROUNDS = 10;
    private static final Pattern LITERAL = Pattern.compile("oficio", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RecognizerBench() {}

    public static void main(String[] args) throws IOException, URISyntaxException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        List<List<String>> documents = corpus(megabytes * 1_000_000L);
        long chars = documents.stream()
                .flatMap(List::stream)
                .mapToLong(String::length)
                .sum();
        long bytes = documents.stream()
                .flatMap(List::stream)
                .mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        System.out.printf(
                Locale.ROOT,
                "corpus: %d documents, %.1f MB UTF-8 (%d chars), Java %s, 1 thread%n",
                documents.size(),
                bytes / 1e6,
                chars,
                System.getProperty("java.version"));

        DocumentRecognizer recognizer = new DocumentRecognizer();
        double baseline = measure("baseline: literal Pattern \"oficio\" find-loop", bytes, () -> {
            long n = 0;
            for (List<String> doc : documents) {
                for (String page : doc) {
                    Matcher m = LITERAL.matcher(page);
                    while (m.find()) {
                        n++;
                    }
                }
            }
            return n;
        });
        double recognition = measure("DocumentRecognizer.recognize (mentions, relations, events)", bytes, () -> {
            long n = 0;
            for (List<String> doc : documents) {
                n += recognizer.recognize(doc).mentions().size();
            }
            return n;
        });
        System.out.printf(Locale.ROOT, "recognizer / baseline: %.2f%n", recognition / baseline);
    }

    /** Returns the best throughput in MB/s. */
    private static double measure(String label, long bytes, java.util.function.LongSupplier work) {
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += work.getAsLong();
        }
        double best = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            sink += work.getAsLong();
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.max(best, bytes / 1e6 / seconds);
        }
        System.out.printf(Locale.ROOT, "%-60s %8.1f MB/s   (found %d)%n", label, best, sink / (WARMUP + ROUNDS));
        return best;
    }

    private static List<List<String>> corpus(long targetBytes) throws IOException, URISyntaxException {
        Path dir = Path.of(RecognizerBench.class.getResource("/gold").toURI());
        List<List<String>> gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                gold.add(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\f", -1)));
            }
        }
        List<List<String>> documents = new ArrayList<>();
        long size = 0;
        while (size < targetBytes) {
            for (List<String> doc : gold) {
                documents.add(doc);
                size += doc.stream()
                        .mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length)
                        .sum();
            }
        }
        return documents;
    }
}
