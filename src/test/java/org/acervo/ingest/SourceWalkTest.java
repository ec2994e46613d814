package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the listing's walk makes of each path: files taken, paths it could not read listed to be
 * recorded as failures (as root cannot be refused a folder, the refusals are handed to it here).
 */
class SourceWalkTest {

    @TempDir
    Path root;

    private final SourceWalk walk = new SourceWalk(
            file -> !file.toString().endsWith(".tmp"),
            path -> !path.getFileName().toString().equals("excluida"));

    @Test
    void aFolderThatCannotBeOpenedIsListedAndTheWalkGoesOn() {
        // given a folder the walk was refused
        Path locked = root.resolve("cerrada");

        // when
        FileVisitResult next = walk.visitFileFailed(locked, new AccessDeniedException(locked.toString()));

        // then
        assertThat(next).isEqualTo(FileVisitResult.CONTINUE);
        assertThat(walk.found()).containsExactly(locked);
    }

    @Test
    void aFolderWhoseListingBrokeOffIsListedAfterWhatWasRead() throws IOException {
        Path folder = Files.createDirectories(root.resolve("disco"));
        Path file = Files.writeString(folder.resolve("a.txt"), "a");

        walk.visitFile(file, attributes(file));
        FileVisitResult next =
                walk.postVisitDirectory(folder, new FileSystemException(folder.toString(), null, "Input/output error"));

        assertThat(next).isEqualTo(FileVisitResult.CONTINUE);
        assertThat(walk.found()).containsExactly(file, folder);
    }

    @Test
    void aPathRemovedDuringTheWalkIsNotListed() {
        Path gone = root.resolve("borrada");

        FileVisitResult next = walk.visitFileFailed(gone, new NoSuchFileException(gone.toString()));

        assertThat(next).isEqualTo(FileVisitResult.CONTINUE);
        assertThat(walk.found()).isEmpty();
    }

    @Test
    void anExcludedFolderThatCannotBeOpenedIsNotListed() {
        Path excluded = root.resolve("excluida");

        walk.visitFileFailed(excluded, new AccessDeniedException(excluded.toString()));

        assertThat(walk.found()).isEmpty();
    }

    @Test
    void filesAreTakenAsTheGlobsSayAndAFolderThatWasReadIsNot() throws IOException {
        Path taken = Files.writeString(root.resolve("oficio.txt"), "a");
        Path left = Files.writeString(root.resolve("copia.tmp"), "b");

        walk.visitFile(taken, attributes(taken));
        walk.visitFile(left, attributes(left));
        walk.postVisitDirectory(root, null);

        assertThat(walk.found()).containsExactly(taken);
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class);
    }
}
