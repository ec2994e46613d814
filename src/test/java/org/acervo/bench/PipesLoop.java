package org.acervo.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesClient;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/**
 * Extracts every file of a folder through Tika's own process isolation, {@link PipesClient} and the
 * {@code PipesServer} it forks: one client (one server JVM) per thread, a {@code FileSystemFetcher} on
 * the folder, no emitter (results come back to the client), a fresh {@link ParseContext} per file with
 * Acervo's PDF and Tesseract settings. The counterpart of {@link ForkedLoop}, for docs/ARCHITECTURE.md
 * ("Parser isolation").
 *
 * <p>Prints one {@code file} line per file (its status, the first line of its exception, pages seen
 * as {@code <div class="page">}, embedded documents, characters of XHTML), then per-status counts and seconds.
 *
 * <p>Usage: {@code PipesLoop DIR THREADS [TIMEOUT_SECONDS] [HEAP]} (defaults 300 s, as the ingest's
 * default limit, and 512m, as its workers' heap)
 */
public final class PipesLoop {

    private static final Pattern PAGE = Pattern.compile("<div class=\"page\">");
    private static final String FETCHER = "acervo";

    private PipesLoop() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int threads = Integer.parseInt(args[1]);
        long timeoutSeconds = args.length > 2 ? Long.parseLong(args[2]) : 300;
        String heap = args.length > 3 ? args[3] : "512m";
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path config = Files.createTempFile("pipes-loop-", ".xml");
        Files.writeString(config, tikaConfig(dir, threads, timeoutSeconds, heap), StandardCharsets.UTF_8);
        PipesConfig pipes = PipesConfig.load(config);

        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        Map<String, Integer> counts = new ConcurrentSkipListMap<>();
        Map<Path, String> lines = new ConcurrentSkipListMap<>();
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = Stream.<Future<?>>generate(() -> pool.submit(() -> {
                    try (PipesClient client = new PipesClient(pipes)) {
                        for (Path file; (file = queue.poll()) != null; ) {
                            String fetchKey = dir.relativize(file).toString();
                            PipesResult result = client.process(new FetchEmitTuple(
                                    fetchKey,
                                    new FetchKey(FETCHER, fetchKey),
                                    new EmitKey(),
                                    new Metadata(),
                                    context(),
                                    FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT));
                            Outcome outcome = Outcome.of(result);
                            counts.merge(outcome.status(), 1, Integer::sum);
                            chars.addAndGet(outcome.chars());
                            lines.put(file, outcome.line(fetchKey));
                        }
                    }
                    return null;
                }))
                .limit(threads)
                .toList();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        lines.values().forEach(System.out::println);
        Files.deleteIfExists(config);
        System.out.printf(
                "pipes-loop files=%d threads=%d seconds=%.2f xhtml-chars=%d statuses=%s%n",
                files.size(), threads, seconds, chars.get(), counts);
    }

    /**
     * Acervo's settings for one file, as {@code TextExtractor} makes them, except that Tika runs the OCR of
     * a PDF's pages itself (its AUTO strategy, one page after another) since Acervo's {@code PdfOcr} is not
     * in the server; the content comes back as XHTML so that pages stay visible, one metadata entry per
     * embedded document (RMETA), no write limit.
     */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage("spa");
        ocr.setPageSegMode("3");
        context.set(TesseractOCRConfig.class, ocr);
        context.set(
                HandlerConfig.class,
                new HandlerConfig(
                        BasicContentHandlerFactory.HANDLER_TYPE.XML, HandlerConfig.PARSE_MODE.RMETA, -1, -1, false));
        return context;
    }

    /**
     * The server's configuration: the fetcher on the folder, no emitter (maxForEmitBatchBytes -1 sends
     * every result back to the client), the worker JVM's options as Acervo gives its own workers except
     * {@code -XX:+ExitOnOutOfMemoryError}, which Tika advises against (the server catches the error and
     * answers OOM itself).
     */
    private static String tikaConfig(Path dir, int threads, long timeoutSeconds, String heap) {
        String log = System.getProperty("acervo.log.file", System.getProperty("java.io.tmpdir") + "/acervo.log");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <properties>
                  <pipes>
                    <params>
                      <numClients>%d</numClients>
                      <timeoutMillis>%d</timeoutMillis>
                      <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
                      <maxFilesProcessedPerProcess>100000</maxFilesProcessedPerProcess>
                      <forkedJvmArgs>
                        <arg>-Xmx%s</arg>
                        <arg>-XX:+UseSerialGC</arg>
                        <arg>-Dacervo.log.file=%s</arg>
                      </forkedJvmArgs>
                    </params>
                  </pipes>
                  <fetchers>
                    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                      <name>%s</name>
                      <basePath>%s</basePath>
                    </fetcher>
                  </fetchers>
                </properties>
                """.formatted(threads, timeoutSeconds * 1000, heap, log, FETCHER, dir);
    }

    /** What one file came back as: Pipes' status, the exception that ended its parse, what it holds. */
    private record Outcome(String status, String exception, int pages, int embedded, long chars) {

        static Outcome of(PipesResult result) {
            String status = result.getStatus().name();
            if (result.getEmitData() == null || result.getEmitData().getMetadataList() == null) {
                return new Outcome(status, firstLine(result.getMessage()), 0, 0, 0);
            }
            List<Metadata> list = result.getEmitData().getMetadataList();
            Metadata container = list.get(0);
            String content = container.get(TikaCoreProperties.TIKA_CONTENT);
            int pages = 0;
            if (content != null) {
                Matcher page = PAGE.matcher(content);
                while (page.find()) {
                    pages++;
                }
            }
            long chars = list.stream()
                    .map(m -> m.get(TikaCoreProperties.TIKA_CONTENT))
                    .filter(c -> c != null)
                    .mapToLong(String::length)
                    .sum();
            String stack = container.get(TikaCoreProperties.CONTAINER_EXCEPTION);
            if (stack == null) {
                stack = result.getMessage();
            }
            return new Outcome(status, firstLine(stack), pages, list.size() - 1, chars);
        }

        String line(String name) {
            return "file %s status=%s pages=%d embedded=%d xhtml-chars=%d exception=%s"
                    .formatted(name, status, pages, embedded, chars, exception == null ? "-" : exception);
        }

        private static String firstLine(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String line = text.strip().lines().findFirst().orElse("");
            return line.length() > 160 ? line.substring(0, 160) : line;
        }
    }
}
