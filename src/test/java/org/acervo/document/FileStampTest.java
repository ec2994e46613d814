package org.acervo.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileStampTest {

    @TempDir
    Path dir;

    // well-formed

    @Test
    void theCanonicalFormReadsBackAsTheSameStamp() {
        FileStamp stamp = new FileStamp(5123, 1764518400123456789L, 1764518400223456789L, "2049/1835011");
        assertThat(stamp).hasToString("5123:1764518400123456789:1764518400223456789:2049/1835011");
        assertThat(FileStamp.parse(stamp.toString())).isEqualTo(stamp);
        assertThat(FileStamp.parse("0:0:0:-")).isEqualTo(new FileStamp(0, 0, 0, "-"));
    }

    @Test
    void aFileLeftAloneKeepsItsStamp() throws Exception {
        Path file = Files.writeString(dir.resolve("oficio.txt"), "Oficio IEPC/UTC/21/104");
        FileStamp stamp = FileStamp.of(file);
        Files.readString(file);
        assertThat(FileStamp.of(file)).isEqualTo(stamp);
        assertThat(stamp.size()).isEqualTo(22);
    }

    @Test
    void aFileRewrittenInPlaceWithItsSizeAndModificationTimeRestoredHasAnotherStamp() throws Exception {
        Path file = Files.writeString(dir.resolve("oficio.txt"), "Oficio IEPC/UTC/21/104");
        FileStamp before = FileStamp.of(file);
        FileTime modified = Files.getLastModifiedTime(file);
        Thread.sleep(20);

        Files.writeString(file, "Oficio IEPC/UTC/21/105");
        Files.setLastModifiedTime(file, modified);

        FileStamp after = FileStamp.of(file);
        assertThat(after.size()).isEqualTo(before.size());
        assertThat(after.modified()).isEqualTo(before.modified());
        assertThat(after).as("the status-change time moved").isNotEqualTo(before);
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndDateHasAnotherStamp() throws Exception {
        Path file = Files.writeString(dir.resolve("oficio.txt"), "Oficio IEPC/UTC/21/104");
        FileStamp before = FileStamp.of(file);
        Path other = Files.writeString(dir.resolve("nuevo.txt"), "Oficio IEPC/UTC/21/105");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));

        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(FileStamp.of(file)).isNotEqualTo(before);
    }

    @Test
    void aStampIsSettledOnlyOnceItsFileLastChangedBeforeTheInstantAsked() throws Exception {
        FileStamp stamp = FileStamp.of(Files.writeString(dir.resolve("oficio.txt"), "Oficio"));
        assertThat(stamp.changedBefore(Instant.now().minus(FileStamp.SETTLE))).isFalse();
        assertThat(stamp.changedBefore(Instant.now().plusSeconds(1))).isTrue();
    }

    // malformed

    @ParameterizedTest
    @ValueSource(strings = {"", "1:2:3", "1:2:3:4:5", "a:2:3:k", "1:2:3:"})
    void aTextThatIsNotAStampIsRefusedWithIt(String text) {
        assertThatThrownBy(() -> FileStamp.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'");
    }

    // nonsense

    @Test
    void aFileThatIsNotThereHasNoStamp() {
        assertThatThrownBy(() -> FileStamp.of(dir.resolve("no-existe.pdf")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
