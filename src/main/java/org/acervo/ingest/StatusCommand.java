package org.acervo.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.acervo.document.DataDirOption;
import org.acervo.document.DisplayPath;
import org.acervo.index.EntryStatus;
import org.acervo.index.EntrySummary;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.NoIndexException;

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
        List<JobHistory.Run> runs;
        java.util.Optional<JobHistory.Running> running;
        try (IngestContext context = IngestContext.start(dataDir, Map.of())) {
            runs = context.history().last(10);
            running = context.history().running();
        }
        // The repository says STARTED both for a live run and for one killed with its JVM; only a live
        // run holds the index's write lock.
        boolean live = running.isPresent() && IndexSnapshot.writerActive(dataDir);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("documents", Map.of("indexed", indexed, "failed", failed));
            result.put("failures", failures);
            running.ifPresent(r -> {
                Map<String, Object> progress = new LinkedHashMap<>();
                progress.put("id", r.id());
                progress.put("state", live ? "running" : "interrupted");
                progress.put("filesDone", r.filesDone());
                progress.put("files", r.files());
                result.put("running", progress);
            });
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
            running.ifPresent(r -> out.printf(live
                    ? "Ingest running: job execution %d, %d of %d files done, started %s%n"
                    : "Ingest interrupted: job execution %d stopped at %d of %d files (started %s); run the same command again to resume it%n",
                    r.id(), r.filesDone(), r.files(), r.start() == null ? "-" : TIME.format(r.start())));
            out.println(runs.isEmpty() ? "No ingest has run yet." : "Last ingest runs:");
            runs.forEach(r -> out.printf("  #%-4d %-10s %s -> %s%n", r.id(), r.status(),
                    r.start() == null ? "-" : TIME.format(r.start()),
                    r.end() == null ? "(not finished)" : TIME.format(r.end())));
        }
        out.flush();
        return 0;
    }
}
