package org.acervo.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.acervo.language.Texts;
import org.junit.jupiter.api.Test;

/** Tables for people: their words in the language, their column keys and identifiers as they are. */
class TableWordsTest {

    private static final Table CHAINS = new Table(
            "chains",
            "Correspondence chains",
            CorrespondenceChains.HEADER,
            List.of(row("IEPC/SE/2119/2021 answers INE/UNICOM/4756/2021 cites IEPC/CG139/2021")),
            Arrays.asList((String) null));

    @Test
    void aChainSaysItsRelationsInSpanishAndKeepsItsIdentifiers() {
        Table spanish = TableWords.forPeople(CHAINS, Texts.of(Texts.SPANISH));

        assertThat(spanish.title()).isEqualTo("Cadenas de correspondencia");
        assertThat(spanish.rows().get(0).get(CorrespondenceChains.HEADER.indexOf("chain")))
                .isEqualTo("IEPC/SE/2119/2021 contesta a INE/UNICOM/4756/2021 cita IEPC/CG139/2021");
        assertThat(TableWords.cells(CHAINS, Texts.of(Texts.ENGLISH)).rows().get(0))
                .isEqualTo(CHAINS.rows().get(0));
        assertThat(TableWords.cells(CHAINS, Texts.of(Texts.SPANISH)).header())
                .as("keys kept")
                .isEqualTo(CorrespondenceChains.HEADER);
    }

    private static List<String> row(String chain) {
        List<String> cells = new ArrayList<>(Collections.nCopies(CorrespondenceChains.HEADER.size(), ""));
        cells.set(CorrespondenceChains.HEADER.indexOf("chain"), chain);
        return cells;
    }
}
