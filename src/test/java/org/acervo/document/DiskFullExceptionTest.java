package org.acervo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;

class DiskFullExceptionTest {

    private static final IOException ENOSPC = new IOException("No space left on device");

    @Test
    void aFullDiskIsFoundUnderEveryWrapperItComesIn() {
        assertThat(DiskFullException.causes(ENOSPC)).isTrue();
        assertThat(DiskFullException.causes(
                        new FileSystemException("/data/index/_3.fdt", null, "No space left on device")))
                .as("NIO names the reason apart from the message")
                .isTrue();
        assertThat(DiskFullException.causes(new AlreadyClosedException("this IndexWriter is closed", ENOSPC)))
                .as("Lucene's tragic exception")
                .isTrue();
        assertThat(DiskFullException.causes(new SQLException(
                        "General error: \"org.h2.mvstore.MVStoreException: Writing to "
                                + "sun.nio.ch.FileChannelImpl@483fd96e failed; length 8192 at 45056\"",
                        new IllegalStateException("Writing failed", ENOSPC))))
                .as("H2's store error")
                .isTrue();
        assertThat(DiskFullException.causes(new UncheckedIOException("writing the index failed", ENOSPC)))
                .isTrue();
        assertThat(DiskFullException.causes(new IOException("There is not enough space on the disk")))
                .as("Windows")
                .isTrue();
        RuntimeException closedAfterwards = new IllegalStateException("The database has been closed");
        closedAfterwards.addSuppressed(new RuntimeException("rollback", ENOSPC));
        assertThat(DiskFullException.causes(closedAfterwards))
                .as("a suppressed cause")
                .isTrue();
    }

    @Test
    void otherFailuresAreNotAFullDisk() {
        assertThat(DiskFullException.causes(new IOException("Permission denied")))
                .isFalse();
        assertThat(DiskFullException.causes(new NoSuchFileException("/archivo/borrado.pdf")))
                .isFalse();
        assertThat(DiskFullException.causes(new AccessDeniedException("/archivo/privado.pdf")))
                .isFalse();
        assertThat(DiskFullException.causes(new IOException((String) null))).isFalse();
        assertThat(DiskFullException.causes(new AlreadyClosedException("this IndexWriter is closed")))
                .isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);
        first.addSuppressed(second);

        assertThat(DiskFullException.causes(first)).isFalse();
    }

    @Test
    void theSentenceNamesTheDirectoryAndWhatToDo() {
        DiskFullException full = DiskFullException.inDataDir(
                        new RuntimeException("JDBC rollback", ENOSPC), Path.of("/srv/acervo/data"))
                .orElseThrow();

        assertThat(full.getMessage())
                .isEqualTo("disk full: no space left on device in /srv/acervo/data (the index and job "
                        + "repository); free space and run the same command again — nothing indexed so far is lost");
        assertThat(full.directory()).isEqualTo(Path.of("/srv/acervo/data"));
    }

    @Test
    void aFullDiskThatKnowsItsDirectoryKeepsIt() {
        DiskFullException temporary = new DiskFullException(Path.of("/tmp"), DiskFullException.Room.TEMPORARY, ENOSPC);

        assertThat(DiskFullException.inDataDir(new RuntimeException("step failed", temporary), Path.of("/data")))
                .containsSame(temporary);
        assertThat(DiskFullException.inDataDir(new IOException("Permission denied"), Path.of("/data")))
                .isEmpty();
    }
}
