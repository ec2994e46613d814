package org.acervo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's identity: the SHA-256 of its content, or path- and the SHA-256 of its path. */
class DocumentIdTest {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void aContentIsIdentifiedByTheSha256OfItsBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "abc");

        assertThat(DocumentId.of(file)).isEqualTo(ABC);
        assertThat(DocumentId.sha256("abc")).isEqualTo(ABC);
        assertThat(DocumentId.isContent(ABC)).isTrue();
        assertThat(DocumentId.isByPath(ABC)).isFalse();
    }

    @Test
    void aFailureWithoutContentIsIdentifiedByItsPath() {
        String id = DocumentId.byPath("/archivo/carpeta");

        assertThat(id).isEqualTo("path-" + DocumentId.sha256("/archivo/carpeta"));
        assertThat(DocumentId.isByPath(id)).isTrue();
        assertThat(DocumentId.isContent(id)).isFalse();
    }

    @Test
    void malformedIdsAreNotContents() {
        assertThat(DocumentId.isContent(ABC.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(DocumentId.isContent(ABC.substring(1))).isFalse();
        assertThat(DocumentId.isContent(ABC + "0")).isFalse();
        assertThat(DocumentId.isContent("../../etc/passwd")).isFalse();
        assertThat(DocumentId.isContent("")).isFalse();
    }
}
