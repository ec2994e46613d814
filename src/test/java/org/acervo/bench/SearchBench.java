package org.acervo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentId;
import org.acervo.document.DocumentStatus;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.recognition.DocumentRecognizer;
import org.acervo.recognition.Recognition;
import org.acervo.search.SearchRequest;
import org.acervo.search.SearchResult;
import org.acervo.search.SearchService;

/**
 * Search at archive scale: generates {@link SearchBenchCorpus} reports as text files, indexes them
 * through {@link DocumentRecognizer} and {@link LuceneDocumentIndex} (no Tika: they are plain text),
 * times identifier lookups and full-text queries through {@link SearchService}, and times
 * {@code grep -r} over the same files in the same run. Prints Markdown for docs/BENCHMARKS.md.
 *
 * <p>Usage: {@code SearchBench DIR [DOCUMENTS] [QUERIES] [THREADS]} (defaults 100000, 1000, 2). DIR
 * must be empty or absent; {@code bench/search-bench.sh} makes and removes it.
 */
public final class SearchBench {

    private static final int HITS_PER_PAGE = 10;
    private static final int GREP_QUERIES = 5;

    private final Path texts;
    private final Path data;
    private final int documents;
    private final int queries;

    private SearchBench(Path dir, int documents, int queries) {
        this.texts = dir.resolve("texts");
        this.data = dir.resolve("data");
        this.documents = documents;
        this.queries = queries;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        if (Files.exists(dir.resolve("texts")) || Files.exists(dir.resolve("data"))) {
            throw new IllegalArgumentException(dir + " already holds a corpus or an index; give an empty folder");
        }
        new SearchBench(dir, documents, queries).run(threads);
    }

    private void run(int threads) throws Exception {
        long t0 = System.nanoTime();
        long bytes = new SearchBenchCorpus(documents).write(texts);
        double generated = seconds(t0);
        long t1 = System.nanoTime();
        build(threads);
        double built = seconds(t1);
        long indexBytes = sizeOf(IndexSchema.indexDir(data));

        System.out.printf(
                Locale.ROOT,
                "Corpus: %,d reports, %.0f MiB of text (generated in %.0f s, not timed below); "
                        + "index built with %d threads.%n%n",
                documents,
                bytes / 1048576.0,
                generated,
                threads);
        System.out.println("| what | value |");
        System.out.println("|---|---|");
        System.out.printf(
                Locale.ROOT,
                "| index build (read, SHA-256, recognize, index, commit) | %.1f s (%,.0f reports/s) |%n",
                built,
                documents / built);
        System.out.printf(
                Locale.ROOT,
                "| index size on disk | %.0f MiB (%.2f× the text) |%n%n",
                indexBytes / 1048576.0,
                (double) indexBytes / bytes);

        Random pick = new Random(4756);
        List<Row> rows = new ArrayList<>();
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            int indexed = snapshot.count(DocumentStatus.INDEXED);
            if (indexed != documents) {
                throw new IllegalStateException("the index holds " + indexed + " reports, not " + documents);
            }
            SearchService service = new SearchService(snapshot);
            IntFunction<String> canonical = n -> SearchBenchCorpus.ownNumber(pick.nextInt(documents));
            IntFunction<String> asTyped = n -> n % 2 == 0 ? spaced(canonical.apply(n)) : damaged(canonical.apply(n));
            IntFunction<String> fullText = n -> fullTextQuery(pick);
            // Warm-up: the JIT, the page cache and Lucene's per-segment structures, with other queries than those
            // timed.
            for (int round = 0; round < 2; round++) {
                for (IntFunction<String> kind : List.of(canonical, asTyped, fullText)) {
                    time(service, kind, queries);
                }
            }
            rows.add(time(service, canonical, queries).named("identifier lookup, canonical (`INE/UNICOM/4547/2021`)"));
            rows.add(
                    time(service, asTyped, queries)
                            .named(
                                    "identifier lookup, spaced or OCR-damaged (`ine / unicom / 4547 / 2021`, `INE/UNIC0M/4547/2O21`)"));
            rows.add(time(service, fullText, queries)
                    .named("full text: words, phrases, accents folded (`comision temporal`, `\"centros de acopio\"`)"));
        }
        System.out.printf(
                Locale.ROOT,
                "SearchService, first page of %d hits with snippets and facet counts, %,d queries of each kind after twice as many for warm-up, one thread:%n%n",
                HITS_PER_PAGE,
                queries);
        System.out.println("| queries | median ms | p99 ms | max ms | documents found, median |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(r -> System.out.println(r.markdown()));

        System.out.printf(
                Locale.ROOT, "%n`grep -r` over the same %,d files (page cache warm), in the same run:%n%n", documents);
        System.out.println("| grep query | seconds | files found |");
        System.out.println("|---|---|---|");
        grep("-lF", "zzzz-warm-up-zzzz");
        Random greps = new Random(2119);
        for (int n = 0; n < GREP_QUERIES; n++) {
            grepRow("-lwF", SearchBenchCorpus.ownNumber(greps.nextInt(documents)));
        }
        for (String word : List.of("acopio", "Tepehuanes", "escáner", "resguardo")) {
            grepRow("-liF", word);
        }
        grepRow("-lF", "centros acopio");
    }

    private void build(int threads) throws Exception {
        DocumentRecognizer recognizer = new DocumentRecognizer();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                Path file = SearchBenchCorpus.file(texts, i);
                done.add(pool.submit(() -> {
                    // As IngestProcessor does for a plain-text file, without the Batch job around it.
                    List<String> pages = Arrays.asList(
                            Files.readString(file, StandardCharsets.UTF_8).split("\f"));
                    Recognition r = recognizer.recognize(pages);
                    index.upsert(new ArchiveDocument(
                            DocumentId.of(file),
                            List.of(file.toString()),
                            DocumentStatus.INDEXED,
                            null,
                            "text/plain",
                            r.documentDate(),
                            0,
                            pages,
                            r.mentions(),
                            r.relations(),
                            r.events()));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            index.commit();
        } finally {
            pool.shutdown();
        }
    }

    private static Row time(SearchService service, IntFunction<String> queries, int count) throws IOException {
        long[] nanos = new long[count];
        int[] found = new int[count];
        for (int n = 0; n < count; n++) {
            String q = queries.apply(n);
            long start = System.nanoTime();
            SearchResult result = service.search(SearchRequest.of(q, HITS_PER_PAGE));
            nanos[n] = System.nanoTime() - start;
            found[n] = result.total();
            if (result.total() == 0) {
                throw new IllegalStateException("'" + q + "' found nothing: the benchmark would time misses");
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(found);
        return new Row(
                null,
                nanos[count / 2] / 1e6,
                nanos[(int) Math.ceil(count * 0.99) - 1] / 1e6,
                nanos[count - 1] / 1e6,
                found[count / 2]);
    }

    private record Row(String name, double median, double p99, double max, int found) {
        Row named(String label) {
            return new Row(label, median, p99, max, found);
        }

        String markdown() {
            return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.1f | %,d |", name, median, p99, max, found);
        }
    }

    static String spaced(String id) {
        return id.toLowerCase(Locale.ROOT).replace("/", " / ");
    }

    /** What OCR does to a number: a zero read as the letter O, an M as a 0 where it looks so. */
    static String damaged(String id) {
        return id.replace("UNICOM", "UNIC0M")
                .replaceFirst("20(\\d\\d)$", "2O$1")
                .replace("IEPC", "lEPC");
    }

    private static String fullTextQuery(Random r) {
        String[] w = SearchBenchCorpus.WORDS;
        return switch (r.nextInt(6)) {
            case 0 -> w[r.nextInt(w.length)];
            case 1 -> w[r.nextInt(w.length)] + " " + w[r.nextInt(w.length)];
            case 2 -> "comision temporal";
            case 3 -> "\"centros acopio\"";
            case 4 -> SearchBenchCorpus.MUNICIPALITIES[r.nextInt(SearchBenchCorpus.MUNICIPALITIES.length)];
            default ->
                "\"" + SearchBenchCorpus.GIVEN[r.nextInt(SearchBenchCorpus.GIVEN.length)] + " "
                        + SearchBenchCorpus.FAMILY[r.nextInt(SearchBenchCorpus.FAMILY.length)] + "\"";
        };
    }

    private void grepRow(String flags, String query) throws Exception {
        long start = System.nanoTime();
        int files = grep(flags, query);
        System.out.printf(Locale.ROOT, "| `grep -r %s '%s'` | %.2f | %,d |%n", flags, query, seconds(start), files);
    }

    /** Runs {@code grep -r OPTIONS QUERY texts/} and counts its output lines. */
    private int grep(String options, String query) throws Exception {
        Process p = new ProcessBuilder("grep", "-r", options, "--", query, texts.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int lines = 0;
        try (InputStream out = p.getInputStream()) {
            for (byte b : out.readAllBytes()) {
                lines += b == '\n' ? 1 : 0;
            }
        }
        int exit = p.waitFor();
        if (exit > 1) {
            throw new IllegalStateException("grep failed with exit code " + exit);
        }
        return lines;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
