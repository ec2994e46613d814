package org.acervo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths as tables show them: below the archive's folder, file name first. */
class DisplayPathTest {

    @Test
    void theRootIsTheDeepestFolderHoldingEveryPath() {
        assertThat(DisplayPath.root(List.of("/archivo/2021/oficios/a.pdf", "/archivo/2022/b.pdf")))
                .isEqualTo("/archivo/");
        assertThat(DisplayPath.root(List.of("/archivo/2021/a.pdf", "/archivo/2021/b.pdf")))
                .isEqualTo("/archivo/2021/");
        assertThat(DisplayPath.root(List.of("/archivo/2021/a.pdf"))).isEqualTo("/archivo/2021/");
    }

    @Test
    void severalInputsShareTheirCommonParentAndFoldersWithACommonPrefixAreNotConfused() {
        assertThat(DisplayPath.root(List.of("/data/ine/a.pdf", "/data/iepc/b.pdf")))
                .isEqualTo("/data/");
        assertThat(DisplayPath.root(List.of("/data/ine2/a.pdf", "/data/ine/b.pdf")))
                .isEqualTo("/data/");
        assertThat(DisplayPath.root(List.of("/tmp/a/x.pdf", "/home/b/y.pdf"))).isEqualTo("/");
    }

    @Test
    void aContainersMemberCountsAsItsContainer() {
        assertThat(DisplayPath.root(List.of("/a/cartas.zip!/b/c/d.pdf", "/a/cartas.zip!/e.pdf")))
                .isEqualTo("/a/");
        assertThat(DisplayPath.name("2021/cartas.zip!/b/d.pdf")).isEqualTo("cartas.zip!/b/d.pdf");
        assertThat(DisplayPath.folder("2021/cartas.zip!/b/d.pdf")).isEqualTo("2021/");
    }

    @Test
    void noPathsOrRelativeOnesGiveNoRoot() {
        assertThat(DisplayPath.root(List.of())).isEmpty();
        assertThat(DisplayPath.root(List.of("doc1.txt"))).isEmpty();
        assertThat(DisplayPath.relative("", "doc1.txt")).isEqualTo("doc1.txt");
    }

    @Test
    void fileNameFirstThenItsFolder() {
        String relative = DisplayPath.relative("/archivo/", "/archivo/2021/oficios/oficio-104.pdf");
        assertThat(relative).isEqualTo("2021/oficios/oficio-104.pdf");
        assertThat(DisplayPath.nameFirst(relative)).isEqualTo("oficio-104.pdf — 2021/oficios/");
        assertThat(DisplayPath.nameFirst("oficio-104.pdf")).isEqualTo("oficio-104.pdf");
        assertThat(DisplayPath.relative("/otro/", "/archivo/a.pdf")).isEqualTo("/archivo/a.pdf");
    }
}
