package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects what a walk of one input folder finds: its regular files, and every folder or file the walk
 * could not read. Those are listed as well, so that each ends in the index as a failure with its reason
 * (see {@link IngestProcessor}) while the walk goes on with the rest of the tree; one folder without
 * permission used to end the whole ingest.
 */
final class SourceWalk extends SimpleFileVisitor<Path> {

    private static final Logger log = LoggerFactory.getLogger(SourceWalk.class);

    private final Predicate<Path> takeFile;
    private final Predicate<Path> takeFailure;
    private final List<Path> found = new ArrayList<>();

    /**
     * @param takeFile    whether a regular file is taken (the include and exclude globs)
     * @param takeFailure whether a path that could not be read is listed (not when excluded)
     */
    SourceWalk(Predicate<Path> takeFile, Predicate<Path> takeFailure) {
        this.takeFile = takeFile;
        this.takeFailure = takeFailure;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        // Files.isRegularFile follows a link, as the listing always did: a link to a file is read, a
        // broken link or one to a folder is not.
        if (Files.isRegularFile(file) && takeFile.test(file)) {
            found.add(file);
        }
        return FileVisitResult.CONTINUE;
    }

    /** A folder that cannot be opened, or an entry whose attributes cannot be read. */
    @Override
    public FileVisitResult visitFileFailed(Path path, IOException error) {
        unread(path, error);
        return FileVisitResult.CONTINUE;
    }

    /** A folder whose listing broke off midway: what was read is kept, and the folder is a failure too. */
    @Override
    public FileVisitResult postVisitDirectory(Path folder, IOException error) {
        if (error != null) {
            unread(folder, error);
        }
        return FileVisitResult.CONTINUE;
    }

    private void unread(Path path, IOException error) {
        // Something removed while the walk went on is simply not there: nothing to record.
        if (error instanceof NoSuchFileException) {
            return;
        }
        log.warn("Could not read {} while listing the inputs: {}", path, error.toString());
        if (takeFailure.test(path)) {
            found.add(path);
        }
    }

    /** What the walk found, in the order it found it. */
    List<Path> found() {
        return List.copyOf(found);
    }
}
