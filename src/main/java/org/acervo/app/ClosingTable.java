package org.acervo.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.acervo.crossref.TableFormat;
import org.acervo.crossref.TableWords;
import org.acervo.crossref.XrefRows;
import org.acervo.crossref.XrefSource;
import org.acervo.index.CommitStamp;
import org.acervo.index.IndexSnapshot;
import org.acervo.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cross-reference table a run prints when it ends, kept beside the job repository with the stamp of
 * the index commit it was made from ({@link CommitStamp}): a run after which the index's last commit is
 * still that one prints the kept table instead of opening the index and reading every document again,
 * which on an unchanged archive cost more than the run itself. {@code run} and {@code ingest} get it as
 * their {@link org.acervo.ingest.ClosingReport}.
 */
final class ClosingTable {

    private static final Logger log = LoggerFactory.getLogger(ClosingTable.class);

    /** A big archive's table does not belong on a console; the samples' (86 rows) fits whole. */
    static final int MAX_ROWS_SHOWN = 100;

    private ClosingTable() {}

    /** Where the last table is kept: the job repository's folder, its owner's alone, since it quotes documents. */
    static Path file(Path dataDir) {
        return dataDir.resolve("jobs").resolve("closing-table.md");
    }

    static void print(Path dataDir, PrintWriter out, Texts texts) throws IOException {
        long started = System.nanoTime();
        // Read before the snapshot opens: a commit in between makes the table newer than its key, never older.
        // The language is part of the key: the table kept is printed only in the language it was made in.
        Optional<String> key = CommitStamp.of(dataDir)
                .map(stamp -> stamp + " " + texts.locale().getLanguage());
        Optional<String> kept = key.flatMap(k -> kept(dataDir, k));
        if (kept.isPresent()) {
            out.print(kept.get());
            log.info("closing table kept in {} s", seconds(started));
            return;
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(dataDir)) {
            String table = made(snapshot, texts);
            out.print(table);
            key.ifPresent(k -> keep(dataDir, k, table));
        }
        log.info("closing table made in {} s", seconds(started));
    }

    private static String seconds(long started) {
        return String.format(Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e9);
    }

    private static String made(IndexSnapshot snapshot, Texts texts) throws IOException {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        // Documents without their text; only the shown rows' pages are read, to quote their first mention.
        XrefRows.Head head = XrefRows.first(XrefSource.of(snapshot), Optional.empty(), MAX_ROWS_SHOWN);
        out.println();
        out.println(texts.get("run.table", head.total()));
        out.println();
        TableFormat.MD.write(TableWords.forPeople(XrefRows.asTable(head.rows()), texts), out);
        if (head.total() > MAX_ROWS_SHOWN) {
            out.println(texts.get("run.table.more", head.total() - MAX_ROWS_SHOWN));
        }
        out.flush();
        return text.toString();
    }

    /** The kept table, when it was made from this content. */
    private static Optional<String> kept(Path dataDir, String key) {
        try {
            String text = Files.readString(file(dataDir));
            int line = text.indexOf('\n');
            return line > 0 && text.substring(0, line).equals(key)
                    ? Optional.of(text.substring(line + 1))
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("could not read the kept closing table; it is made again", e);
            return Optional.empty();
        }
    }

    /** Written aside, then moved over the old one: a crash leaves the old table or the new, never half of one. */
    private static void keep(Path dataDir, String key, String table) {
        Path target = file(dataDir);
        Path aside = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(aside, key + "\n" + table);
            try {
                Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // A courtesy for the next run: a full disk must not fail this one after its work is done.
            log.warn("could not keep the closing table; the next run makes it again", e);
            try {
                Files.deleteIfExists(aside);
            } catch (IOException ignored) {
                // the next keep overwrites it
            }
        }
    }
}
