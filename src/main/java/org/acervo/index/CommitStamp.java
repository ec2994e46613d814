package org.acervo.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.acervo.document.FileStamp;

/**
 * Names the index's last commit without opening the index: the stamp of its {@code segments_N} file.
 * Lucene writes that file once per commit and never again, so while its stamp (size, dates, inode) is
 * the same, no document was written since; a rebuilt index has other files, even at the same generation.
 * Made of file names and one stat, so that a re-run can ask it before any Lucene class loads.
 */
public final class CommitStamp {

    private static final String SEGMENTS = "segments_";

    private CommitStamp() {}

    /** The stamp of the last commit in a data directory; empty when it has no index. */
    public static Optional<FileStamp> of(Path dataDir) throws IOException {
        Path dir = IndexSchema.indexDir(dataDir);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Path last = null;
        long lastGeneration = -1;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                long generation = name.startsWith(SEGMENTS) ? generation(name.substring(SEGMENTS.length())) : -1;
                if (generation > lastGeneration) {
                    lastGeneration = generation;
                    last = file;
                }
            }
        }
        try {
            return last == null ? Optional.empty() : Optional.of(FileStamp.of(last));
        } catch (NoSuchFileException e) {
            // Removed by a commit under way in another process: there is no settled commit to name.
            return Optional.empty();
        }
    }

    /** Lucene writes the generation in base 36. */
    private static long generation(String suffix) {
        try {
            return Long.parseLong(suffix, Character.MAX_RADIX);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
