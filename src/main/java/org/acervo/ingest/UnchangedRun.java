package org.acervo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acervo.document.FileStamp;
import org.acervo.index.CommitStamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a re-run in which nothing changed without starting the job, its job repository, the index or
 * a worker. It reads what the last finished run left ({@link SettledRun}); when the index's last commit
 * is still the one that run made, no run has begun since, none of these inputs is left to resume, and
 * every file the run would read has the stamp (size, dates, inode) recorded with its path's content,
 * the job would find every file unchanged and write nothing: its summary is known. Anything else (a
 * new, changed or touched file, a failure to read again, a path that could not be read, a path to
 * prune, {@code --verify}) starts the job.
 */
public final class UnchangedRun {

    private static final Logger log = LoggerFactory.getLogger(UnchangedRun.class);

    private UnchangedRun() {}

    /** The summary of the run, when nothing changed; empty when the job must run. */
    public static Optional<RunSummary> check(IngestRequest request) {
        long started = System.nanoTime();
        if (request.verify()) {
            return Optional.empty();
        }
        try {
            Optional<SettledRun> settled = SettledRun.read(request.dataDir());
            if (settled.isEmpty()) {
                log.info("the job starts: no finished run to compare with");
                return Optional.empty();
            }
            if (!CommitStamp.of(request.dataDir())
                    .equals(Optional.of(settled.get().commit()))) {
                log.info("the job starts: the index changed since the last finished run");
                return Optional.empty();
            }
            if (settled.get().unfinished(SettledRun.key(request))) {
                log.info("the job starts: an unfinished run of these inputs is resumed");
                return Optional.empty();
            }
            List<Path> files = SourceFiles.of(request).list();
            Optional<String> why = whyRun(request, settled.get().paths(), files);
            if (why.isPresent()) {
                log.info("the job starts: {}", why.get());
                return Optional.empty();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info(
                    "{} files unchanged since job execution {}: the job was not started ({} s)",
                    files.size(),
                    settled.get().lastExecution(),
                    seconds);
            return Optional.of(RunSummary.unchanged(settled.get().lastExecution(), files.size(), seconds));
        } catch (IOException | UncheckedIOException e) {
            // An input the listing cannot walk, an index folder that cannot be listed: the job says so in its own
            // words.
            log.info("the job starts: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Why the job would do something for these files, in a few words for the log; empty when it would do nothing. */
    private static Optional<String> whyRun(
            IngestRequest request, Map<String, SettledRun.Entry> indexed, List<Path> files) {
        Set<String> listed = new HashSet<>();
        for (Path file : files) {
            String path = file.toString();
            listed.add(path);
            SettledRun.Entry entry = indexed.get(path);
            if (entry == null || entry.stamp() == null) {
                return Optional.of("new, or not stamped yet: " + path);
            }
            try {
                if (!entry.stamp().equals(FileStamp.of(file))) {
                    return Optional.of("size, dates or inode changed: " + path);
                }
            } catch (IOException e) {
                return Optional.of("cannot be read: " + path);
            }
            if (entry.state() == SettledRun.State.RETRIED
                    || entry.state() == SettledRun.State.UNREADABLE
                    || entry.state() == SettledRun.State.FAILED && request.retryFailed()) {
                return Optional.of("a failure to read again: " + path);
            }
        }
        for (Map.Entry<String, SettledRun.Entry> path : indexed.entrySet()) {
            String container = containerOf(path.getKey());
            if (!underInputs(request, container)) {
                continue;
            }
            // A folder or file that could not be read is tried again on every run (IngestProcessor, PruneTasklet);
            // a member refused inside an unchanged container is not.
            if (path.getValue().state() == SettledRun.State.UNREADABLE && container.equals(path.getKey())) {
                return Optional.of("a path that could not be read is tried again: " + path.getKey());
            }
            if (request.prune() && !listed.contains(container)) {
                return Optional.of("indexed but not listed, for --prune to check: " + path.getKey());
            }
        }
        return Optional.empty();
    }

    private static boolean underInputs(IngestRequest request, String path) {
        Path p = Path.of(path);
        return request.inputs().stream().anyMatch(p::startsWith);
    }

    /** The part of an indexed path before its first "!/": the input file a member was found in. */
    private static String containerOf(String path) {
        int member = path.indexOf(FileOutcome.MEMBER);
        return member < 0 ? path : path.substring(0, member);
    }
}
