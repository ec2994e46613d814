package org.acervo.ingest;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acervo.cluster.ClusterFile;
import org.acervo.document.DiskFullException;
import org.acervo.document.DisplayPath;
import org.acervo.language.Texts;

/** Runs an ingest for {@code run} and {@code ingest}, then prints its summary and the closing report. */
final class Ingestion {

    private Ingestion() {}

    static int run(IngestRequest request, PrintWriter out, Texts texts, ClosingReport closing) throws Exception {
        out.println(texts.get(
                "run.ingesting",
                inputsShown(request),
                DisplayPath.of(request.dataDir().toString()),
                request.ocr().name().toLowerCase(),
                request.threads()));
        out.flush();
        // A re-run in which no file changed is answered from the index, without the job, its repository or a worker.
        Optional<RunSummary> unchanged = UnchangedRun.check(request);
        RunSummary summary = unchanged.isPresent() ? unchanged.get() : runJob(request, texts);
        printSummary(summary, out, texts);
        closing.print(request.dataDir(), out, texts);
        out.flush();
        return summary.completed() ? 0 : 1;
    }

    /**
     * Runs an ingest as a cluster's manager: the job starts here, its partitions run on the workers, its
     * history is in the cluster's job repository. No unchanged-run shortcut and no closing table: both read
     * this machine's index.
     */
    static int runOnCluster(IngestRequest request, ClusterFile cluster, PrintWriter out, Texts texts) throws Exception {
        out.println(texts.get(
                "run.ingestingOnCluster",
                inputsShown(request),
                DisplayPath.of(cluster.file().toString()),
                request.ocr().name().toLowerCase()));
        out.flush();
        RunSummary summary = runJob(request, texts, cluster.springProperties(ClusterFile.MANAGER, System::getenv));
        printSummary(summary, out, texts);
        out.flush();
        return summary.completed() ? 0 : 1;
    }

    private static RunSummary runJob(IngestRequest request, Texts texts) throws Exception {
        return runJob(request, texts, Map.of());
    }

    private static RunSummary runJob(IngestRequest request, Texts texts, Map<String, Object> cluster) throws Exception {
        Map<String, Object> properties = new HashMap<>(cluster);
        properties.putAll(Map.of(
                "acervo.threads",
                request.threads(),
                "acervo.ocr",
                request.ocr().name(),
                "acervo.timeout-seconds",
                request.timeoutSeconds(),
                "acervo.lang",
                texts.locale().getLanguage()));
        try (IngestContext context = IngestContext.start(request.dataDir(), properties)) {
            return context.runner().run(request);
        } catch (Exception e) {
            // The job repository may be what fills the disk first, while the context starts.
            Optional<DiskFullException> full = DiskFullException.inDataDir(e, request.dataDir());
            if (full.isPresent()) {
                throw full.get();
            }
            throw e;
        }
    }

    /** The inputs as the first line names them: "samples/2021, samples/2022". */
    private static String inputsShown(IngestRequest request) {
        return String.join(
                ", ",
                request.inputs().stream().map(p -> DisplayPath.of(p.toString())).toList());
    }

    /**
     * Files seen are indexed, unchanged or failed, one line each, so the three add up to the first;
     * members of containers are found inside the files and counted apart. A resumed run counts the
     * interrupted one's files too: together they are one ingest of the inputs.
     */
    static void printSummary(RunSummary s, PrintWriter out, Texts texts) {
        out.println();
        if (s.jobStarted()) {
            out.println(texts.get(
                    s.restarted() ? "run.summary.resumed" : "run.summary",
                    s.jobExecutionId(),
                    texts.find("batch." + s.status()).orElse(String.valueOf(s.status()))));
        } else {
            out.println(texts.get("run.summary.unchanged", s.jobExecutionId()));
        }
        if (!s.stoppedBy().isEmpty()) {
            out.println(texts.get("run.stoppedBy"));
            s.stoppedBy().forEach(cause -> out.printf("  %s%n", cause));
        }
        count(out, texts, "run.seen", s.seen());
        count(out, texts, "run.indexed", s.indexed());
        count(out, texts, "run.unchanged", s.unchanged());
        count(out, texts, "run.failed", s.failed());
        count(out, texts, "run.ocrPages", s.ocrPages());
        if (s.embedded() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  %-16s %6d   (%s)%n",
                    texts.get("run.embedded"),
                    s.embedded(),
                    texts.get("run.embedded.what", s.failedMembers()));
        }
        if (!s.pruned().isEmpty()) {
            count(out, texts, "run.pruned", s.pruned().size());
        }
        out.printf(texts.locale(), "  %-16s %8.1f%n", texts.get("run.seconds"), s.seconds());
        if (!s.failures().isEmpty()) {
            out.println(
                    s.failedMembers() == 0
                            ? texts.get("run.failedFiles")
                            : texts.get("run.failedFilesAndMembers", s.failed(), s.failedMembers()));
            s.failures().forEach(f -> out.printf("  %s: %s%n", DisplayPath.of(f.path()), texts.reason(f.reason())));
        }
        if (s.unlisted() > 0) {
            out.println(texts.get("run.unlisted", s.unlisted()));
        }
        if (!s.pruned().isEmpty()) {
            out.println(texts.get("run.prunedFiles"));
            s.pruned().forEach(p -> out.printf("  %s%n", DisplayPath.of(p)));
        }
    }

    /** One count of the summary, its label aligned: "  archivos vistos      12". */
    private static void count(PrintWriter out, Texts texts, String key, int n) {
        out.printf(Locale.ROOT, "  %-16s %6d%n", texts.get(key), n);
    }
}
