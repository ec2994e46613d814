package org.acervo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.IndexSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a document's page marks for a search: every match on every page, read as the search reads it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HighlightsTest {

    @TempDir
    static Path data;

    private SmallArchive archive;
    private IndexSnapshot snapshot;
    private SearchService search;

    @BeforeAll
    void index() throws Exception {
        archive = SmallArchive.build(data);
        snapshot = IndexSnapshot.open(data);
        search = new SearchService(snapshot);
    }

    @AfterAll
    void close() throws Exception {
        snapshot.close();
    }

    private List<String> marked(String query, ArchiveDocument entry) throws Exception {
        return search.highlights(query, false, entry).stream()
                .map(h -> h.page() + ":" + entry.pages().get(h.page() - 1).substring(h.start(), h.end()))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"comision", "Comisión", "COMISION"})
    void wordsAreMatchedAsTheSearchFoldsThem(String query) throws Exception {
        assertThat(marked(query, archive.oficio2119)).containsExactly("1:Comisión");
    }

    @Test
    void everyMatchOnEveryPageIsMarkedInReadingOrder() throws Exception {
        assertThat(marked("oficio", archive.oficio2119)).containsExactly("1:Oficio", "1:oficio");
        assertThat(marked("informe OR observaciones", archive.informe2022))
                .containsExactly("1:Informe", "2:observaciones");
    }

    @Test
    void anIdentifierInAnySpellingIsMarkedWhereTheDocumentHasIt() throws Exception {
        assertThat(marked("ine / unicom / 4756 / 2021", archive.oficio2119)).containsExactly("1:INE/UNICOM/4756/2021");
        assertThat(marked("INE/UNIC0M/4756/2O21", archive.oficio4756)).containsExactly("1:INE/UNICOM/4756/2021");
    }

    @Test
    void aPhraseIsMarkedWhole() throws Exception {
        assertThat(marked("\"comisión temporal\"", archive.oficio2119)).containsExactly("1:Comisión Temporal");
    }

    @Test
    void noQueryMarksNothingAndOneThatCannotBeReadSaysSo() throws Exception {
        assertThat(search.highlights("  ", false, archive.oficio2119)).isEmpty();
        assertThat(search.highlights("xyzzy", false, archive.oficio2119)).isEmpty();
        assertThatThrownBy(() -> search.highlights("\"sin cerrar", false, archive.oficio2119))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
