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

import org.acervo.document.DataDirOption;
import org.acervo.document.DisplayPath;
import org.acervo.document.RootCause;
import org.acervo.index.EntryStatus;
import org.acervo.index.EntrySummary;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.NoIndexException;

import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/** {@code acervo status}: what the index holds and the last job executions. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show what the index holds (indexed, failed with reasons) and the last ingest runs.")
public final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Mixin
    private DataDirOption data;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    /** A failed file and its reason. */
    record Failure(String path, String reason) {
    }

    @Override
    public Integer call() throws Exception {
        Path dataDir = data.resolve();
        int indexed = 0;
        int failed = 0;
        List<Failure> failures = new ArrayList<>();
        try (IndexSnapshot snapshot = IndexSnapshot.open(dataDir)) {
            indexed = snapshot.count(EntryStatus.INDEXED);
            failed = snapshot.count(EntryStatus.FAILED);
            for (EntrySummary entry : snapshot.summaries(EntryStatus.FAILED)) {
                entry.paths().forEach(p -> failures.add(new Failure(DisplayPath.of(p), entry.reason())));
            }
        } catch (NoIndexException e) {
            // No index yet: report zero documents and whatever runs the repository knows.
        }
        Repository repository = Repository.read(dataDir);
        List<JobHistory.Run> runs = repository.runs();
        Optional<JobHistory.Running> running = repository.running();
        // The repository says STARTED both for a live run and for one killed with its JVM; only a live
        // run holds the index's write lock.
        boolean live = repository.busy() || running.isPresent() && IndexSnapshot.writerActive(dataDir);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("documents", Map.of("indexed", indexed, "failed", failed));
            result.put("failures", failures);
            running.ifPresent(r -> {
                Map<String, Object> progress = new LinkedHashMap<>();
                progress.put("id", r.id() < 0 ? null : r.id());
                progress.put("state", live ? "running" : "interrupted");
                progress.put("filesDone", r.filesDone());
                progress.put("files", r.files());
                result.put("running", progress);
            });
            if (repository.unavailable() != null) {
                result.put("jobsUnavailable", repository.unavailable());
            }
            result.put("jobs", runs.stream().map(r -> {
                Map<String, Object> job = new LinkedHashMap<>();
                job.put("id", r.id());
                job.put("status", r.status());
                job.put("start", r.start() == null ? null : r.start().toString());
                job.put("end", r.end() == null ? null : r.end().toString());
                return job;
            }).toList());
            out.println(JsonMapper.builder().build().writeValueAsString(result));
        } else {
            out.printf("Data directory: %s%n", dataDir);
            out.printf("Documents: %d indexed, %d failed%n", indexed, failed);
            if (!failures.isEmpty()) {
                out.println("Failed files:");
                failures.forEach(f -> out.printf("  %s: %s%n", f.path(), f.reason()));
            }
            running.ifPresent(r -> {
                String start = r.start() == null ? "-" : TIME.format(r.start());
                if (r.id() < 0) {
                    out.printf("Ingest running: %d of %d files done, started %s%n", r.filesDone(), r.files(), start);
                } else if (live) {
                    out.printf("Ingest running: job execution %d, %d of %d files done, started %s%n", r.id(), r.filesDone(), r.files(), start);
                } else {
                    out.printf("Ingest interrupted: job execution %d stopped at %d of %d files (started %s); run the same command again to resume it%n",
                            r.id(), r.filesDone(), r.files(), start);
                }
            });
            if (repository.busy() && running.isEmpty()) {
                out.println("Ingest running: starting");
            }
            if (repository.unavailable() != null) {
                out.printf("Last ingest runs: not available now (%s)%n", repository.unavailable());
            } else {
                out.println(runs.isEmpty() ? "No ingest has run yet." : "Last ingest runs:");
            }
            runs.forEach(r -> out.printf("  #%-4d %-10s %s -> %s%n", r.id(), r.status(),
                    r.start() == null ? "-" : TIME.format(r.start()),
                    r.end() == null ? "(not finished)" : TIME.format(r.end())));
        }
        out.flush();
        return 0;
    }

    /**
     * What the job repository says, or why it cannot say it now: held by a running ingest (then its
     * progress file stands in) or not openable (a full disk), which must not stop {@code status}.
     *
     * @param busy        an ingest holds the repository
     * @param unavailable why the run history cannot be read now, or null
     */
    private record Repository(List<JobHistory.Run> runs, Optional<JobHistory.Running> running, boolean busy, String unavailable) {

        static Repository read(Path dataDir) {
            try {
                JobRepositoryFile.History history = JobRepositoryFile.read(dataDir, 10);
                return new Repository(history.runs(), history.running(), false, null);
            } catch (RepositoryBusyException e) {
                Optional<JobHistory.Running> progress = RunningIngest.read(dataDir)
                        .map(r -> new JobHistory.Running(-1, r.filesDone(), r.files(), r.started()));
                return new Repository(List.of(), progress, true, "an ingest is running; they are listed when it ends");
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(StatusCommand.class).warn("Could not open the job repository of {}", dataDir, e);
                return new Repository(List.of(), Optional.empty(), false, "the job repository cannot be opened: " + RootCause.firstLine(e));
            }
        }
    }
}
