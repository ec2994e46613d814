package org.acervo.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acervo.cluster.ClusterFile;
import org.acervo.cluster.ClusterOption;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DataDirOption;
import org.acervo.document.DisplayPath;
import org.acervo.document.DocumentStatus;
import org.acervo.document.RootCause;
import org.acervo.extraction.ExtractionFailure;
import org.acervo.index.ArchiveIndex;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.NoIndexException;
import org.acervo.language.LanguageOption;
import org.acervo.language.Texts;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code acervo status}: what the index holds and the last job executions. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show what the index holds (indexed, failed with reasons) and the last ingest runs.")
public final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Mixin
    private DataDirOption data;

    @Mixin
    private ClusterOption cluster;

    @Mixin
    private LanguageOption language;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    /**
     * A failed file, its reason and the reason's kind ({@code CORRUPT}, {@code ENCRYPTED}…; null for a
     * reason no kind says).
     */
    record Failure(String path, String reason, String kind) {

        /** A failure stored without its code: its kind read from the reason's sentence. */
        Failure(String path, String reason) {
            this(path, reason, kind(null, reason));
        }

        /** A failed document's, at one of its paths: the kind its stored code says, else its sentence. */
        static Failure of(String path, ArchiveDocument failed) {
            return new Failure(path, failed.reason(), kind(failed.failure(), failed.reason()));
        }

        private static String kind(String code, String reason) {
            return ExtractionFailure.of(code, reason).map(Enum::name).orElse(null);
        }
    }

    @Override
    public Integer call() throws Exception {
        Path dataDir = data.resolve();
        int indexed = 0;
        int failed = 0;
        List<Failure> failures = new ArrayList<>();
        Optional<ClusterFile> onCluster = cluster.read();
        try (ArchiveIndex index = ClusterOption.openIndex(onCluster, dataDir)) {
            indexed = index.count(DocumentStatus.INDEXED);
            failed = index.count(DocumentStatus.FAILED);
            for (ArchiveDocument entry : index.summaries(DocumentStatus.FAILED)) {
                entry.paths().forEach(p -> failures.add(Failure.of(DisplayPath.of(p), entry)));
            }
        } catch (NoIndexException e) {
            // No index yet: report zero documents and whatever runs the repository knows.
        }
        Repository repository = onCluster.isPresent() ? Repository.read(onCluster.get()) : Repository.read(dataDir);
        List<JobHistory.Run> runs = repository.runs();
        Optional<JobHistory.Running> running = repository.running();
        // The repository says STARTED both for a live run and for one killed with its JVM; only a live
        // run holds the index's write lock.
        // On a cluster no lock tells a live run from one whose manager died: the repository is taken at its word.
        boolean live = repository.busy()
                || running.isPresent() && (onCluster.isPresent() || IndexSnapshot.writerActive(dataDir));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            StatusJson result = new StatusJson(
                    new StatusJson.Documents(indexed, failed),
                    failures,
                    byKind(failures),
                    running.map(r -> new StatusJson.Progress(
                                    r.id() < 0 ? null : r.id(),
                                    live ? "running" : "interrupted",
                                    r.filesDone(),
                                    r.files()))
                            .orElse(null),
                    repository.unavailable(),
                    runs.stream()
                            .map(r -> new StatusJson.Job(
                                    r.id(),
                                    r.status(),
                                    r.start() == null ? null : r.start().toString(),
                                    r.end() == null ? null : r.end().toString()))
                            .toList());
            out.println(JsonMapper.builder().build().writeValueAsString(result));
        } else {
            Texts texts = language.texts();
            out.println(
                    onCluster.isPresent()
                            ? texts.get("cli.status.cluster", onCluster.get().file())
                            : texts.get("cli.status.dataDir", dataDir));
            out.println(texts.get("cli.status.documents", indexed, failed));
            if (!failures.isEmpty()) {
                Map<String, Integer> kinds = byKind(failures);
                if (kinds.size() > 1) {
                    out.println(texts.get("cli.status.byKind"));
                    kinds.forEach((kind, n) -> out.printf(
                            "  %5d  %s%n", n, texts.find("reason." + kind).orElse(texts.get("cli.status.otherKind"))));
                }
                out.println(texts.get("run.failedFiles"));
                failures.forEach(f -> out.printf("  %s: %s%n", f.path(), texts.reason(f.reason())));
            }
            running.ifPresent(r -> {
                String start = r.start() == null ? "-" : TIME.format(r.start());
                if (r.id() < 0) {
                    out.println(texts.get("cli.status.running", r.filesDone(), r.files(), start));
                } else if (live) {
                    out.println(texts.get("cli.status.runningJob", r.id(), r.filesDone(), r.files(), start));
                } else {
                    out.println(texts.get("cli.status.interrupted", r.id(), r.filesDone(), r.files(), start));
                }
            });
            if (repository.busy() && running.isEmpty()) {
                out.println(texts.get("cli.status.starting"));
            }
            if (repository.unavailable() != null) {
                out.println(texts.get(
                        "cli.status.runsUnavailable",
                        repository.busy()
                                ? texts.get("cli.status.busy")
                                : texts.get("cli.status.cannotOpen", repository.cause())));
            } else {
                out.println(texts.get(runs.isEmpty() ? "cli.status.noRuns" : "cli.status.runs"));
            }
            runs.forEach(r -> out.printf(
                    "  #%-4d %-10s %s -> %s%n",
                    r.id(),
                    texts.find("batch." + r.status()).orElse(String.valueOf(r.status())),
                    r.start() == null ? "-" : TIME.format(r.start()),
                    r.end() == null ? texts.get("cli.status.notFinished") : TIME.format(r.end())));
        }
        out.flush();
        return 0;
    }

    /**
     * What the job repository says, or why it cannot say it now: held by a running ingest (then its
     * progress file stands in) or not openable (a full disk), which must not stop {@code status}.
     *
     * @param busy        an ingest holds the repository
     * @param unavailable why the run history cannot be read now, or null (in English, for the JSON)
     * @param cause       the first line of the error that kept the repository closed, or null
     */
    private record Repository(
            List<JobHistory.Run> runs,
            Optional<JobHistory.Running> running,
            boolean busy,
            String unavailable,
            String cause) {

        /** A cluster's shared repository: it is never busy (PostgreSQL serves many at once). */
        static Repository read(ClusterFile cluster) {
            try {
                return of(JobRepositoryFile.readShared(
                        cluster.jobRepository().url(),
                        cluster.jobRepository().user(),
                        cluster.jobRepositoryPassword(System::getenv),
                        10));
            } catch (IllegalStateException e) {
                return unavailable(cluster.file(), e);
            }
        }

        static Repository read(Path dataDir) {
            try {
                return of(JobRepositoryFile.read(dataDir, 10));
            } catch (RepositoryBusyException e) {
                Optional<JobHistory.Running> progress = RunningIngest.read(dataDir)
                        .map(r -> new JobHistory.Running(-1, r.filesDone(), r.files(), r.started()));
                return new Repository(
                        List.of(), progress, true, "an ingest is running; they are listed when it ends", null);
            } catch (RuntimeException e) {
                return unavailable(dataDir, e);
            }
        }

        private static Repository of(JobRepositoryFile.History history) {
            return new Repository(history.runs(), history.running(), false, null, null);
        }

        /** A repository that could not be opened (a full disk, a database that does not answer): status goes on. */
        private static Repository unavailable(Object where, RuntimeException e) {
            LoggerFactory.getLogger(StatusCommand.class).warn("Could not open the job repository of {}", where, e);
            String cause = RootCause.firstLine(e);
            return new Repository(
                    List.of(), Optional.empty(), false, "the job repository cannot be opened: " + cause, cause);
        }
    }

    /** How many failed files of each kind, the commonest first; a reason no kind says counts as {@code OTHER}. */
    static Map<String, Integer> byKind(List<Failure> failures) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        failures.forEach(f -> counts.merge(f.kind() == null ? "OTHER" : f.kind(), 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
