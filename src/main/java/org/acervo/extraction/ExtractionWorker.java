package org.acervo.extraction;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker process behind {@link ForkedExtractor}: reads one request per line on standard input
 * ({@code {"path","sha256","unpackLimit"}}), answers one {@link Extraction} as JSON per line on standard output.
 *
 * <p>Answers carry a marker so that anything a library prints on standard output is ignored. The
 * parent enforces the time limit by killing this process; here parsing has no limit of its own.
 */
public final class ExtractionWorker {

    static final String ANSWER = "@@acervo@@ ";
    static final String READY = "ready";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request; {@code unpackLimit} bounds the bytes a container's members take in temporary files. */
    record Request(String path, String sha256, long unpackLimit) {}

    private ExtractionWorker() {}

    /**
     * Ends this worker when the ingest that started it is gone (killed, say): a worker stuck in a
     * hanging parser would otherwise never read the end of its input and outlive the job.
     */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread watchdog = new Thread(
                () -> {
                    while (parent != null && parent.isAlive()) {
                        try {
                            Thread.sleep(2000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    Runtime.getRuntime().halt(0);
                },
                "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Arguments: the OCR mode. */
    public static void main(String[] args) throws Exception {
        PrintStream answers =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Libraries that print go to standard error, away from the answers.
        System.setOut(System.err);
        OcrMode mode = OcrMode.parse(args.length > 0 ? args[0] : "auto");
        watchParent();
        try (TextExtractor extractor = new TextExtractor(mode, Duration.ofDays(1));
                BufferedReader requests =
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            // Ready only once Tika is loaded, so that start-up never counts against a document's time limit.
            answers.println(ANSWER + READY);
            for (String line; (line = requests.readLine()) != null; ) {
                Request request = JSON.readValue(line, Request.class);
                Extraction extraction =
                        extractor.extract(Path.of(request.path()), request.sha256(), request.unpackLimit());
                answers.println(ANSWER + JSON.writeValueAsString(extraction));
            }
        }
    }
}
