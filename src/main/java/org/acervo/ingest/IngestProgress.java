package org.acervo.ingest;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.acervo.document.DisplayPath;

/** Prints one line per finished file so a long run shows where it is. Shared by all partitions. */
public final class IngestProgress {

    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    public IngestProgress(PrintStream out) {
        this.out = out;
    }

    void start(int totalFiles) {
        total = totalFiles;
        done.set(0);
    }

    synchronized void done(IngestOutcome outcome) {
        int n = done.incrementAndGet();
        String width = "%" + String.valueOf(Math.max(total, n)).length() + "d";
        String detail = switch (outcome.result()) {
            case FAILED -> "  " + outcome.entry().reason();
            case INDEXED -> outcome.ocrPages() > 0
                    ? "  (" + outcome.ocrPages() + (outcome.ocrPages() == 1 ? " page" : " pages") + " OCR'd)" : "";
            case UNCHANGED -> "";
        };
        out.printf("[" + width + "/%d] %-9s %s%s%n", n, total, outcome.result().name().toLowerCase(),
                DisplayPath.of(outcome.path()), detail);
        out.flush();
    }
}
