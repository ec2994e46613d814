package org.acervo.recognition.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A damaged spelling meets the clean one the archive holds elsewhere; real numbers stay apart. */
class ArchiveSpellingsTest {

    @Test
    void aDamagedSpellingResolvesToTheCleanOneHeldElsewhere() {
        ArchiveSpellings spellings = ArchiveSpellings.of(Map.of(
                "OPDM/DG/CCTI/0296/2025", 1,
                "OPDM/DG/CGTI/0296/2025", 1,
                "INE/UNIC0M/4547/2021", 1,
                "INE/UNICOM/4547/2021", 3,
                "OPDM/DG/CGT1/0297/2025", 1,
                "OPDM/DG/CGTI/0297/2025", 1));
        assertThat(spellings.resolve("OPDM/DG/CCTI/0296/2025")).isEqualTo("OPDM/DG/CGTI/0296/2025");
        assertThat(spellings.resolve("INE/UNIC0M/4547/2021")).isEqualTo("INE/UNICOM/4547/2021");
        assertThat(spellings.resolve("INE/UNICOM/4547/2021")).isEqualTo("INE/UNICOM/4547/2021");
        assertThat(spellings.resolve("OPDM/DG/CGT1/0297/2025")).isEqualTo("OPDM/DG/CGTI/0297/2025");
        assertThat(spellings.size()).isEqualTo(3);
    }

    @Test
    void twoNumbersTheRegistryKnowsAreNeverMerged() {
        // CG and CC-shaped look-alikes, both with known units: two real numbers.
        ArchiveSpellings spellings = ArchiveSpellings.of(Map.of(
                "INE/JLE/VS/0345/2022", 2, "INE/JLE/V5/0345/2022", 1, "IEPC/SE/2119/2021", 1, "IEPC/5E/2119/2021", 1));
        assertThat(spellings.resolve("INE/JLE/VS/0345/2022")).isEqualTo("INE/JLE/VS/0345/2022");
        assertThat(spellings.resolve("IEPC/5E/2119/2021")).isEqualTo("IEPC/SE/2119/2021");
    }

    @Test
    void withoutACleanSpellingNothingMoves() {
        ArchiveSpellings spellings = ArchiveSpellings.of(Map.of("XYZ/ABQ/12/2021", 1, "XYZ/AB0/12/2021", 5));
        assertThat(spellings.size()).isZero();
        assertThat(spellings.resolve("XYZ/ABQ/12/2021")).isEqualTo("XYZ/ABQ/12/2021");
    }
}
