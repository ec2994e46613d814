package org.acervo.document;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.acervo.language.Said;
import org.acervo.language.Sentence;

/**
 * A run stopped because a disk is full, said in one sentence an archivist can act on.
 *
 * <p>A full disk is never the failure of the file being read when it struck: recording it as one
 * would mark good files failed, and skipping it would drop them. It stops the run instead; what was
 * committed before stays, and the same command resumes once there is room.
 */
public final class DiskFullException extends RuntimeException implements Said {

    /** What lives in the directory that had no room. */
    public enum Room {
        /** The data directory: the index and the job repository. */
        DATA,
        /** The temporary directory: extraction's temporary files. */
        TEMPORARY
    }

    /** What Linux and macOS say ({@code ENOSPC}); Windows says the second. */
    private static final String[] SIGNS = {"no space left on device", "not enough space on the disk"};

    private final transient Path directory;
    private final transient Sentence sentence;

    /**
     * @param directory the directory that had no room: the data directory, or the temporary one
     * @param room      what lives there
     */
    public DiskFullException(Path directory, Room room, Throwable cause) {
        this(
                directory,
                new Sentence(
                        room == Room.DATA ? "error.diskFull.data" : "error.diskFull.temporary", directory.toString()),
                cause);
    }

    private DiskFullException(Path directory, Sentence sentence, Throwable cause) {
        super(sentence.english(), cause);
        this.directory = directory;
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }

    /** The directory that had no room. */
    public Path directory() {
        return directory;
    }

    /**
     * Whether a full disk caused this failure: the failure itself or anything under it, its causes
     * and suppressed exceptions followed all the way down. The wrappers vary (Lucene's tragic
     * {@code AlreadyClosedException}, H2's {@code MVStoreException} inside a {@code JdbcSQLException},
     * Spring's retry and transaction exceptions), the bottom is always the system's sentence.
     */
    public static boolean causes(Throwable error) {
        return find(error, Collections.newSetFromMap(new IdentityHashMap<>())) != null;
    }

    /**
     * The failure as a full data directory: the {@code DiskFullException} already inside it (which
     * knows its directory, the temporary one maybe), or a new one for {@code dataDir} when a full disk
     * caused it; empty when it is some other failure.
     */
    public static Optional<DiskFullException> inDataDir(Throwable error, Path dataDir) {
        Throwable found = find(error, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(
                found instanceof DiskFullException full ? full : new DiskFullException(dataDir, Room.DATA, error));
    }

    /** The first DiskFullException in the tree, else the first failure whose own words say the disk is full. */
    private static Throwable find(Throwable error, Set<Throwable> seen) {
        Throwable said = null;
        for (Throwable e = error; e != null && seen.add(e); e = e.getCause()) {
            if (e instanceof DiskFullException) {
                return e;
            }
            if (said == null && saysFull(e)) {
                said = e;
            }
            for (Throwable suppressed : e.getSuppressed()) {
                Throwable inner = find(suppressed, seen);
                if (inner instanceof DiskFullException) {
                    return inner;
                }
                if (said == null) {
                    said = inner;
                }
            }
        }
        return said;
    }

    private static boolean saysFull(Throwable e) {
        String words = e instanceof FileSystemException fs ? fs.getReason() + " " + fs.getMessage() : e.getMessage();
        if (words == null) {
            return false;
        }
        String lower = words.toLowerCase(Locale.ROOT);
        for (String sign : SIGNS) {
            if (lower.contains(sign)) {
                return true;
            }
        }
        return false;
    }
}
