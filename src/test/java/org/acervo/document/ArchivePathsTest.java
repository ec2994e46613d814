package org.acervo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchivePathsTest {

    @Test
    void aPathIsShownBelowTheArchivesFolderFileNameFirst() {
        ArchivePaths paths = ArchivePaths.of(List.of(
                "/srv/archivo/2021/oficios/oficio-104.pdf",
                "/srv/archivo/2022/informe.pdf",
                "/srv/archivo/cartas.zip!/b/carta.pdf"));

        assertThat(paths.root()).isEqualTo("/srv/archivo/");
        assertThat(paths.shown("/srv/archivo/2021/oficios/oficio-104.pdf")).isEqualTo("oficio-104.pdf — 2021/oficios/");
        assertThat(paths.shown("/srv/archivo/2022/informe.pdf")).isEqualTo("informe.pdf — 2022/");
        assertThat(paths.shown("/otro/lugar.pdf"))
                .as("a path outside stays whole")
                .isEqualTo("lugar.pdf — /otro/");
    }
}
