package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir
    Path root;

    @BeforeEach
    void files() throws IOException {
        for (String name : List.of("a.pdf", "README.md", "2021/b.pdf", "2021/c.docx", "broken/d.pdf")) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
    }

    private List<String> names(List<String> include, List<String> exclude) {
        return new SourceFiles(List.of(root), include, exclude)
                .list().stream().map(p -> root.relativize(p).toString()).toList();
    }

    @Test
    void withoutGlobsEveryFileIsTakenInStableOrder() {
        assertThat(names(List.of(), List.of()))
                .containsExactly("2021/b.pdf", "2021/c.docx", "README.md", "a.pdf", "broken/d.pdf");
    }

    @Test
    void includeGlobsAlsoMatchTopLevelFiles() {
        assertThat(names(List.of("**/*.pdf"), List.of())).containsExactly("2021/b.pdf", "a.pdf", "broken/d.pdf");
    }

    @Test
    void excludeGlobsLeaveFilesOut() {
        assertThat(names(List.of(), List.of("broken/**", "README.md")))
                .containsExactly("2021/b.pdf", "2021/c.docx", "a.pdf");
    }

    @Test
    void aMissingInputIsAClearError() {
        assertThatThrownBy(() -> new SourceFiles(List.of(root.resolve("nada")), List.of(), List.of()).list())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("nada");
    }

    @Test
    void partitionsSplitEveryFileExactlyOnce() {
        List<Path> all = new SourceFiles(List.of(root), List.of(), List.of()).list();
        long counted = 0;
        for (int i = 0; i < 3; i++) {
            int partition = i;
            counted += all.stream()
                    .filter(p -> SourceFiles.partitionOf(p, 3) == partition)
                    .count();
        }
        assertThat(counted).isEqualTo(all.size());
    }
}
