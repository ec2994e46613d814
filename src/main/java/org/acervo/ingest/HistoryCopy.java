package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code status} last read from the job repository, kept beside it ({@code jobs/status-copy.tsv})
 * with the repository file's size and modification time. While that file is unchanged and no ingest
 * runs, the copy is what the repository would say, and {@code status} answers without opening H2 (which
 * takes longer than the rest of the command). A run writes its progress file at once and the
 * repository within a second, and then the copy is read again from the repository; so is it while a
 * killed run's progress file is left.
 */
final class HistoryCopy {

    /** The first line's start: the copy's format; then how many runs it lists and the repository file as it was. */
    private static final String FORMAT = "acervo-status-copy 1";

    private static final String NONE = "-";

    private HistoryCopy() {}

    static Path file(Path dataDir) {
        return JobRepositoryFile.database(dataDir).resolveSibling("status-copy.tsv");
    }

    /** The copy, if the repository file is still the one it was made from and no ingest runs. */
    static Optional<JobRepositoryFile.History> read(Path dataDir, int count) {
        Path copy = file(dataDir);
        Path database = JobRepositoryFile.database(dataDir);
        try {
            if (!Files.exists(copy) || Files.exists(RunningIngest.file(dataDir))) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(copy);
            if (lines.isEmpty() || !lines.get(0).equals(header(database, count))) {
                return Optional.empty();
            }
            List<JobHistory.Run> runs = new ArrayList<>();
            Optional<JobHistory.Running> running = Optional.empty();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "run" -> runs.add(new JobHistory.Run(Long.parseLong(f[1]), f[2], time(f[3]), time(f[4])));
                    case "running" ->
                        running = Optional.of(new JobHistory.Running(
                                Long.parseLong(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), time(f[4])));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new JobRepositoryFile.History(List.copyOf(runs), running));
        } catch (IOException | RuntimeException e) {
            // A copy that cannot be read is no copy: the repository is read instead.
            return Optional.empty();
        }
    }

    /** Keeps what was read, written aside and then moved, so a reader never sees half of it; a copy that cannot be written is not kept. */
    static void write(Path dataDir, int count, JobRepositoryFile.History history) {
        StringBuilder text = new StringBuilder();
        try {
            text.append(header(JobRepositoryFile.database(dataDir), count)).append('\n');
            for (JobHistory.Run r : history.runs()) {
                text.append(String.join(
                                "\t", "run", String.valueOf(r.id()), r.status(), text(r.start()), text(r.end())))
                        .append('\n');
            }
            history.running()
                    .ifPresent(r -> text.append(String.join(
                                    "\t",
                                    "running",
                                    String.valueOf(r.id()),
                                    String.valueOf(r.filesDone()),
                                    String.valueOf(r.files()),
                                    text(r.start())))
                            .append('\n'));
            Path copy = file(dataDir);
            Path aside = copy.resolveSibling(copy.getFileName() + ".tmp");
            Files.writeString(aside, text);
            Files.move(aside, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A read-only data directory, a full disk: status reads the repository every time.
        }
    }

    /** The format, how many runs were read, and the repository file's size and time. */
    private static String header(Path database, int count) throws IOException {
        BasicFileAttributes file = Files.readAttributes(database, BasicFileAttributes.class);
        return FORMAT + "\t" + count + "\t" + file.size() + "\t"
                + file.lastModifiedTime().toInstant();
    }

    private static String text(LocalDateTime time) {
        return time == null ? NONE : time.toString();
    }

    private static LocalDateTime time(String text) {
        return text.equals(NONE) ? null : LocalDateTime.parse(text);
    }
}
