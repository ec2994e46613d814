package org.acervo.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it, so that a re-run can tell an unchanged
 * file from its stamp instead of hashing its bytes: size, modification time, status-change time
 * (ctime) and identity (device and inode), all in nanoseconds where the file system keeps them.
 *
 * <p>Writing a file in place moves its ctime, which no program can set back, even one that restores
 * the size and the modification time ({@code touch -d}, {@code rsync -t}); replacing it gives another
 * inode. Where the file system has no ctime (Windows), the creation time stands in, and a file rewritten
 * in place with its size and modification time restored passes for unchanged: {@code ingest --verify}
 * reads every file.
 *
 * <p>Canonical form, {@link #toString()} and {@link #parse(String)}: {@code size:modified:changed:key},
 * e.g. {@code 5123:1764518400123456789:1764518400123456789:2049/1835011}.
 *
 * @param size     bytes
 * @param modified last modification, nanoseconds since the epoch
 * @param changed  last status change (ctime), or creation where there is none, nanoseconds since the epoch
 * @param key      device and inode ({@code 2049/1835011}), or {@code -} where the file system has none
 */
public record FileStamp(long size, long modified, long changed, String key) {

    /**
     * How long ago a file must have last changed for its stamp to be trusted on the next run. A file
     * written again within the same tick of a coarse clock (two seconds on FAT) would keep its stamp;
     * a stamp read this long after the change cannot be shared by a later write.
     */
    public static final long SETTLE_MILLIS = 3000;

    public static final Duration SETTLE = Duration.ofMillis(SETTLE_MILLIS);

    private static final String NO_KEY = "-";

    public FileStamp {
        Objects.requireNonNull(key);
        if (key.isEmpty() || key.contains(":")) {
            throw new IllegalArgumentException("not a file key: '" + key + "'");
        }
    }

    /** The stamp of a file now; fails like reading it would when it is gone or cannot be reached. */
    public static FileStamp of(Path file) throws IOException {
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(basic.size(), nanos(basic.lastModifiedTime()), nanos(basic.creationTime()), NO_KEY);
        }
        return new FileStamp(
                (Long) unix.get("size"),
                nanos((FileTime) unix.get("lastModifiedTime")),
                nanos((FileTime) unix.get("ctime")),
                unix.get("dev") + "/" + unix.get("ino"));
    }

    /** Reads the canonical form back; fails with the text when it is not one. */
    public static FileStamp parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a file stamp: '" + text + "'");
        }
        try {
            return new FileStamp(
                    Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a file stamp: '" + text + "'", e);
        }
    }

    /**
     * Whether the file last changed before {@code instant}: a stamp read at least {@link #SETTLE} after
     * the change can be kept for the next run.
     */
    public boolean changedBefore(Instant instant) {
        return Math.max(modified, changed) < nanos(FileTime.from(instant));
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return size + ":" + modified + ":" + changed + ":" + key;
    }
}
