package org.acervo.app;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

import org.acervo.document.DiskFullException;
import org.acervo.document.DisplayPath;
import org.acervo.ingest.IngestContext;
import org.acervo.ingest.IngestRequest;
import org.acervo.ingest.IngestSummary;
import org.acervo.ingest.UnchangedRun;

/** Runs an ingest for {@code run} and {@code ingest}, then prints its summary and the cross-reference table. */
final class Ingestion {

    private Ingestion() {
    }

    static int run(IngestRequest request, PrintWriter out) throws Exception {
        out.printf("Ingesting %s into %s (OCR %s, %d threads)%n",
                String.join(", ", request.inputs().stream().map(p -> DisplayPath.of(p.toString())).toList()),
                DisplayPath.of(request.dataDir().toString()), request.ocr().name().toLowerCase(), request.threads());
        out.flush();
        // A re-run in which no file changed is answered from the index, without the job, its repository or a worker.
        Optional<IngestSummary> unchanged = UnchangedRun.check(request);
        IngestSummary summary = unchanged.isPresent() ? unchanged.get() : runJob(request);
        printSummary(summary, out);
        ClosingTable.print(request.dataDir(), out);
        out.flush();
        return summary.completed() ? 0 : 1;
    }

    private static IngestSummary runJob(IngestRequest request) throws Exception {
        try (IngestContext context = IngestContext.start(request.dataDir(), Map.of(
                "acervo.threads", request.threads(), "acervo.ocr", request.ocr().name(),
                "acervo.timeout-seconds", request.timeoutSeconds()))) {
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

    /**
     * Files seen are indexed, unchanged or failed, one line each, so the three add up to the first;
     * members of containers are found inside the files and counted apart. A resumed run counts the
     * interrupted one's files too: together they are one ingest of the inputs.
     */
    static void printSummary(IngestSummary s, PrintWriter out) {
        out.println();
        if (s.jobStarted()) {
            out.printf("Run summary%s (job execution %d, %s)%n",
                    s.restarted() ? ", resumed after an interrupted run; its counts include that run's files" : "",
                    s.jobExecutionId(), s.status());
        } else {
            out.printf("Run summary (sin cambios desde la ejecución %d: ningún archivo cambió de tamaño, fecha ni inodo;"
                    + " no se inició el trabajo)%n", s.jobExecutionId());
        }
        out.printf("  files seen    %6d%n", s.seen());
        out.printf("  indexed       %6d%n", s.indexed());
        out.printf("  unchanged     %6d%n", s.unchanged());
        out.printf("  failed        %6d%n", s.failed());
        out.printf("  pages OCR'd   %6d%n", s.ocrPages());
        if (s.embedded() > 0) {
            out.printf("  embedded      %6d   (attachments and archive members, indexed as documents of their own%s)%n",
                    s.embedded(), s.failedMembers() > 0 ? "; " + s.failedMembers() + " failed" : "");
        }
        if (!s.pruned().isEmpty()) {
            out.printf("  pruned        %6d%n", s.pruned().size());
        }
        out.printf("  seconds       %8.1f%n", s.seconds());
        if (!s.failures().isEmpty()) {
            out.println(s.failedMembers() == 0 ? "Failed files:"
                    : "Failed (" + plural(s.failed(), "file") + ", " + plural(s.failedMembers(), "member") + "):");
            s.failures().forEach(f -> out.printf("  %s: %s%n", DisplayPath.of(f.path()), f.reason()));
        }
        if (s.unlisted() > 0) {
            out.printf("  … and %d more: see `acervo status`%n", s.unlisted());
        }
        if (!s.pruned().isEmpty()) {
            out.println("Pruned (files gone, removed from the index):");
            s.pruned().forEach(p -> out.printf("  %s%n", DisplayPath.of(p)));
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
