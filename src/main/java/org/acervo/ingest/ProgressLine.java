package org.acervo.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.acervo.document.DisplayPath;
import org.acervo.language.Texts;

/**
 * Prints one line per finished file so a long run shows where it is: its outcome, then the pace
 * (pages per second) and the time left at that pace. Shared by all partitions. With a data
 * directory it also keeps {@link RunningIngest} current (at most once a second) for {@code status}.
 * The line is said in the run's language ({@code progress.*} in the message files).
 */
public final class ProgressLine {

    private static final long WRITE_EVERY_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final Path dataDir;
    private final Texts texts;
    private int total;
    private int done;
    private long pages;
    private long startNanos;
    private LocalDateTime started;
    private long writtenNanos;

    public ProgressLine(PrintStream out) {
        this(out, null, Texts.of(Texts.SPANISH));
    }

    /**
     * @param dataDir where to keep the progress file, or null for none
     * @param texts   the language of the lines
     */
    ProgressLine(PrintStream out, Path dataDir, Texts texts) {
        this.out = out;
        this.dataDir = dataDir;
        this.texts = texts;
    }

    /**
     * @param totalFiles  files in this run
     * @param alreadyDone files an interrupted attempt of the same run had finished
     */
    synchronized void start(int totalFiles, int alreadyDone) {
        total = totalFiles;
        done = alreadyDone;
        pages = 0;
        startNanos = System.nanoTime();
        started = LocalDateTime.now();
        writeProgress();
    }

    /** The run ended (whatever its outcome): no progress file is left to say it is running. */
    synchronized void finish() {
        if (dataDir != null) {
            try {
                RunningIngest.clear(dataDir);
            } catch (IOException e) {
                // A stale file is harmless: status reads it only while the repository is held.
            }
        }
    }

    private void writeProgress() {
        if (dataDir == null) {
            return;
        }
        writtenNanos = System.nanoTime();
        try {
            new RunningIngest(done, total, started).write(dataDir);
        } catch (IOException e) {
            // Progress for status is a courtesy: a full disk must not fail a file because of it.
        }
    }

    synchronized void done(FileOutcome outcome) {
        done++;
        int filePages = outcome.entry() == null ? 0 : outcome.entry().pages().size();
        pages += filePages;
        String width = "%" + String.valueOf(Math.max(total, done)).length() + "d";
        String detail = switch (outcome.result()) {
            case FAILED -> "  " + texts.reason(outcome.entry().reason());
            case INDEXED ->
                "  (" + texts.get("pages", filePages)
                        + (outcome.ocrPages() > 0 ? ", " + texts.get("progress.ocr", outcome.ocrPages()) : "")
                        + (outcome.embedded().isEmpty()
                                ? ""
                                : ", "
                                        + texts.get(
                                                "progress.embedded",
                                                outcome.embedded().size())
                                        + (outcome.embeddedFailures() > 0
                                                ? " ("
                                                        + texts.get(
                                                                "progress.embeddedFailed", outcome.embeddedFailures())
                                                        + ")"
                                                : ""))
                        + ")";
            case UNCHANGED -> "";
        };
        // A cluster's worker runs partitions of runs it does not count: its lines number its own files.
        String count = total > 0 ? ("[" + width + "/%d]").formatted(done, total) : "[" + done + "]";
        out.printf(
                "%s %-11s %s%s%s%n",
                count,
                texts.get("progress." + outcome.result().name()),
                DisplayPath.of(outcome.path()),
                detail,
                pace());
        out.flush();
        if (System.nanoTime() - writtenNanos >= WRITE_EVERY_NANOS || done >= total) {
            writeProgress();
        }
    }

    /**
     * Files a cluster's workers have finished so far, read from the shared job repository by the manager,
     * which sees no file go by: one line each time the count grows, "[ 40/300] terminados en el clúster · faltan ~3 min".
     */
    synchronized void reached(int filesDone) {
        if (filesDone <= done) {
            return;
        }
        done = filesDone;
        String width = "%" + String.valueOf(Math.max(total, done)).length() + "d";
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String left = seconds < 1 || done >= total ? "" : left(seconds);
        out.printf("[" + width + "/%d] %s%s%n", done, total, texts.get("progress.onCluster"), left);
        out.flush();
        writeProgress();
    }

    /** " · 12,5 páginas/s · faltan ~3 min", from this attempt's elapsed time. */
    private String pace() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (seconds < 1 || done >= total || total == 0) {
            return "";
        }
        String rate = pages > 0 ? " · " + texts.get("progress.rate", pages / seconds) : "";
        return rate + left(seconds);
    }

    /** " · faltan ~3 min": the files left at the pace of the files done in these seconds. */
    private String left(double seconds) {
        return " · "
                + texts.get("progress.left", human(Duration.ofSeconds(Math.round(seconds / done * (total - done)))));
    }

    private static String human(Duration left) {
        if (left.toMinutes() >= 60) {
            return left.toHours() + " h " + left.toMinutesPart() + " min";
        }
        return left.toMinutes() > 0 ? left.toMinutes() + " min" : left.toSeconds() + " s";
    }
}
