package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --prune} counts as gone: only what the file system says is not there. */
class PruneTaskletTest {

    @TempDir
    Path root;

    @Test
    void aFileOrAContainerThatExistsIsNeverGone() throws Exception {
        // given a file, an archive, and a file in a folder whose name holds "!/"
        Path file = Files.writeString(root.resolve("oficio.txt"), "a");
        Path zip = Files.writeString(root.resolve("paquete.zip"), "b");
        Path urgent = Files.createDirectories(root.resolve("¡Urgente!"));
        Path inUrgent = Files.writeString(urgent.resolve("nota.txt"), "c");

        // then none of them, and no member of the archive, is gone
        assertThat(PruneTasklet.gone(file.toString())).isFalse();
        assertThat(PruneTasklet.gone(zip + "!/anexos/oficio.pdf")).isFalse();
        assertThat(PruneTasklet.gone(inUrgent.toString())).isFalse();
        assertThat(PruneTasklet.gone(urgent.toString())).isFalse();
    }

    @Test
    void aFileOrAContainerThatIsNotThereIsGone() throws Exception {
        // The folder exists, so a path cut at its "!" (root/¡Urgente) would not be gone: only the file is.
        Files.createDirectories(root.resolve("¡Urgente!"));
        assertThat(PruneTasklet.gone(root.resolve("borrado.txt").toString())).isTrue();
        assertThat(PruneTasklet.gone(root.resolve("borrado.zip") + "!/oficio.pdf"))
                .isTrue();
        assertThat(PruneTasklet.gone(root.resolve("¡Urgente!/borrado.txt").toString()))
                .isTrue();
    }
}
