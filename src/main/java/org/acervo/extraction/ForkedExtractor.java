package org.acervo.extraction;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import org.acervo.document.DiskFullException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses each document in a worker JVM ({@link ExtractionWorker}), one worker per ingest thread.
 *
 * <p>Parsing runs third-party code on untrusted files. In a worker, a document that hangs is ended by
 * killing the process (a thread cannot be killed), and one that exhausts memory ends only its worker
 * ({@code -XX:+ExitOnOutOfMemoryError}); either is recorded as the document's failure and the next
 * document gets a fresh worker. Workers start on first need and are reused.
 */
public final class ForkedExtractor implements DocumentExtractor {

    private static final Logger log = LoggerFactory.getLogger(ForkedExtractor.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The JVM's exit code for -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** A worker loads Tika before it says it is ready; a loaded machine may take a while. */
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);

    private final List<String> command;
    private final Duration timeout;
    private final String memory;
    private final LinkedBlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
    /** Every worker's temporary folder this extractor made, its killed workers' included: each goes with its worker. */
    private final List<Path> folders = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param mode    OCR mode for the workers
     * @param timeout time limit for one document
     * @param memory  heap of each worker, as for {@code -Xmx} (e.g. "512m")
     */
    public ForkedExtractor(OcrMode mode, Duration timeout, String memory) {
        this.timeout = timeout;
        this.memory = memory;
        this.command = command(mode, memory);
    }

    @Override
    public Extraction extract(Path file, String sha256, long unpackLimit) {
        Worker worker = idle.poll();
        try {
            if (worker == null || !worker.process.isAlive()) {
                worker = start();
            }
            Extraction extraction =
                    worker.ask(new ExtractionWorker.Request(file.toString(), sha256, unpackLimit), timeout);
            idle.offer(worker);
            return extraction;
        } catch (TimeoutException e) {
            kill(worker);
            return Extraction.failed(sha256, null, ExtractionFailure.TIMED_OUT, "limit " + timeout.toSeconds() + " s");
        } catch (WorkerDied e) {
            kill(worker);
            log.warn("Worker died on {} with exit code {}", file, e.exitCode);
            return e.exitCode == OUT_OF_MEMORY_EXIT
                    ? Extraction.failed(sha256, null, ExtractionFailure.OUT_OF_MEMORY, "limit " + memory)
                    : Extraction.failed(sha256, null, ExtractionFailure.CRASHED, "exit code " + e.exitCode);
        } catch (IOException e) {
            kill(worker);
            log.warn("Worker failed on {}", file, e);
            // A worker's folder that cannot be made on a full temporary disk is no fault of the file.
            return Extraction.failed(
                    sha256,
                    null,
                    DiskFullException.causes(e) ? ExtractionFailure.DISK_FULL : ExtractionFailure.CRASHED,
                    e.getMessage());
        }
    }

    private Worker start() throws IOException {
        // Each worker writes its temporary files (Tika's page images for Tesseract, attachment copies)
        // in a folder of its own, removed with the worker: a worker killed on timeout cleans nothing up.
        Path temporary = Files.createTempDirectory("acervo-worker-");
        folders.add(temporary);
        List<String> workerCommand = new ArrayList<>(command);
        workerCommand.add(1, "-Djava.io.tmpdir=" + temporary);
        ProcessBuilder builder = new ProcessBuilder(workerCommand);
        // The worker reads a document's pages in parallel, one Tesseract each: Tesseract's own OpenMP threads
        // on top of that only contend (a page took 7.5 s with them, 1.9 s without; docs/BENCHMARKS.md).
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectError(errorsTo(System.getProperty("acervo.log.file")));
        Worker worker = new Worker(builder.start(), temporary);
        workers.add(worker);
        try {
            worker.awaitReady(STARTUP_LIMIT);
        } catch (TimeoutException | WorkerDied e) {
            kill(worker);
            throw new IOException("an extraction worker did not start: " + e.getMessage(), e);
        }
        return worker;
    }

    /**
     * Where a worker's standard error goes: the log file, its folder made if it is gone (a data folder
     * removed since the log was named), or nowhere when it cannot be made; a log is never worth a worker.
     */
    static ProcessBuilder.Redirect errorsTo(String logFile) {
        if (logFile == null) {
            return ProcessBuilder.Redirect.DISCARD;
        }
        try {
            Path parent = Path.of(logFile).toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return ProcessBuilder.Redirect.appendTo(new File(logFile));
        } catch (IOException | RuntimeException e) {
            log.warn("Worker errors not logged: {}", e.toString());
            return ProcessBuilder.Redirect.DISCARD;
        }
    }

    private void kill(Worker worker) {
        if (worker != null) {
            workers.remove(worker);
            worker.close();
        }
    }

    /** The temporary folders of every worker started so far; none should outlive its worker. */
    List<Path> workerFolders() {
        return List.copyOf(folders);
    }

    @Override
    public void close() {
        workers.forEach(Worker::close);
        workers.clear();
        idle.clear();
    }

    /**
     * The class-data-sharing options this JVM was started with ({@code ./acervo} gives the archive it
     * made of the classes an ingest loads, Tika's among them), so that each worker maps the same archive
     * instead of loading and verifying those classes one by one; with the logging options that keep
     * the JVM's own warnings off the worker's standard output, which is the answer pipe.
     */
    static List<String> sharedArchive(List<String> jvmArguments) {
        if (jvmArguments.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="))) {
            return List.of();
        }
        return jvmArguments.stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile=")
                        || a.startsWith("-Xshare:")
                        || a.equals("-XX:+UnlockDiagnosticVMOptions")
                        || a.startsWith("-XX:ArchiveRelocationMode=")
                        || a.startsWith("-Xlog:"))
                .toList();
    }

    /** The worker command: the same Java, the same classes, inside the Spring Boot jar or from the class path. */
    static List<String> command(OcrMode mode, String memory) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + memory,
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC"));
        command.addAll(sharedArchive(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        String logFile = System.getProperty("acervo.log.file");
        if (logFile != null) {
            command.add("-Dacervo.log.file=" + logFile);
        }
        String classPath = System.getProperty("java.class.path");
        command.add("-cp");
        command.add(classPath);
        if (isBootJar(classPath)) {
            command.add("-Dloader.main=" + ExtractionWorker.class.getName());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            command.add(ExtractionWorker.class.getName());
        }
        command.add(mode.name());
        return command;
    }

    private static boolean isBootJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a folder and what it holds; what cannot be deleted is left for the system's own cleaning. */
    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            // in use by a process that outlived its kill; the system's tmp cleaning will have it
        }
    }

    /** A worker died while parsing. */
    private static final class WorkerDied extends Exception {
        final int exitCode;

        WorkerDied(int exitCode) {
            super("worker exited with " + exitCode);
            this.exitCode = exitCode;
        }
    }

    /** One worker process and its pipes; used by one thread at a time. */
    private static final class Worker implements AutoCloseable {
        final Process process;
        /** The worker's own temporary folder ({@code java.io.tmpdir}), removed when it ends. */
        private final Path temporary;

        private final Writer requests;
        private final BufferedReader answers;
        private final ExecutorService reading = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "extraction-worker-reader");
            thread.setDaemon(true);
            return thread;
        });

        Worker(Process process, Path temporary) {
            this.process = process;
            this.temporary = temporary;
            this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void awaitReady(Duration limit) throws IOException, TimeoutException, WorkerDied {
            String line = next(limit);
            if (!line.equals(ExtractionWorker.ANSWER + ExtractionWorker.READY)) {
                throw new IOException("unexpected first answer: " + line);
            }
        }

        Extraction ask(ExtractionWorker.Request request, Duration timeout)
                throws IOException, TimeoutException, WorkerDied {
            requests.write(JSON.writeValueAsString(request) + "\n");
            requests.flush();
            String line = next(timeout);
            return JSON.readValue(line.substring(ExtractionWorker.ANSWER.length()), Extraction.class);
        }

        /** The next answer line, within the limit; a worker that dies first raises WorkerDied. */
        private String next(Duration limit) throws IOException, TimeoutException, WorkerDied {
            Future<String> answer = reading.submit(this::nextAnswer);
            try {
                String line = answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
                if (line == null) {
                    throw new WorkerDied(process.waitFor());
                }
                return line;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted");
            } catch (ExecutionException e) {
                throw new IOException("reading the worker's answer failed", e.getCause());
            }
        }

        private String nextAnswer() throws IOException {
            for (String line; (line = answers.readLine()) != null; ) {
                if (line.startsWith(ExtractionWorker.ANSWER)) {
                    return line;
                }
            }
            return null;
        }

        /**
         * Ends the worker and every process it started: a worker killed on timeout while Tesseract
         * runs would otherwise leave Tesseract running on, adopted by init, for minutes and gigabytes.
         */
        @Override
        public void close() {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            reading.shutdownNow();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteTree(temporary);
        }
    }
}
