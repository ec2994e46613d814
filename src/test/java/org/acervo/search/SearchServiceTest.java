package org.acervo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.IndexSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceTest {

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

    private SearchResult find(String text) throws Exception {
        return search.search(SearchRequest.of(text, 50));
    }

    private SearchResult find(String text, SearchFilters filters) throws Exception {
        return search.search(new SearchRequest(text, filters, SearchOrder.RELEVANCE, 1, 50, false));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "INE/UNICOM/4756/2021",
                "ine / unicom / 4756 / 2021",
                "INE/UNIC0M/4756/2O21",
                "lNE/UNICOM/4756/2021",
                "INE/UNICOM/4756 /2021"
            })
    void anIdentifierInAnySpellingFindsEveryDocumentThatMentionsIt(String spelling) throws Exception {
        SearchResult result = find(spelling);
        assertThat(result.identifiers()).contains("INE/UNICOM/4756/2021");
        assertThat(ids(result)).containsExactlyInAnyOrder(archive.oficio2119.sha256(), archive.oficio4756.sha256());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4756/2021", "unicom/4756/2021", "oficio 4756/2021", "UNICOM / 4756 / 2021"})
    void theEndOfANumberFindsEveryNumberItEnds(String typed) throws Exception {
        SearchResult result = find(typed);
        assertThat(result.identifiers()).contains("INE/UNICOM/4756/2021").doesNotContain("INE/UNICOM/5388/2021");
        assertThat(ids(result)).contains(archive.oficio2119.sha256(), archive.oficio4756.sha256());
    }

    @ParameterizedTest
    @ValueSource(strings = {"756/2021", "9999/2021", "21/104", "oficio 4756/20"})
    void aPartOfANumberThatEndsNoneFindsNoIdentifier(String typed) throws Exception {
        assertThat(find(typed).identifiers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"CG 112/2010|CG112/2010", "SUP-JDC-101/2017|SUP-JDC-101/2017", "cg112/2010|CG112/2010"})
    void aWholeNumberTheArchiveLacksIsStillSearchedNotRefused(String typed, String canonical) throws Exception {
        SearchResult result = find(typed);
        assertThat(result.identifiers()).containsExactly(canonical);
        assertThat(result.total()).isZero();
    }

    @Test
    void aFilterWithoutWordsListsWhatItLetsThroughNewestFirst() throws Exception {
        SearchResult browsed = search.search(new SearchRequest(
                "",
                new SearchFilters("oficio", null, null, null, null, null, null, null),
                SearchOrder.RELEVANCE,
                1,
                50,
                false));
        assertThat(ids(browsed)).contains(archive.oficio2119.sha256(), archive.oficio4756.sha256());
        assertThat(browsed.facets().get("type").get("oficio")).isEqualTo(browsed.total());
        List<String> dates = browsed.hits().stream()
                .map(SearchHit::documentDate)
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(browsed.facets().get("type")).containsKey("oficio");
        assertThatThrownBy(() -> SearchRequest.asked(" ", SearchFilters.NONE, SearchOrder.RELEVANCE, 1, 50, false))
                .hasMessageContaining("the query is empty");
    }

    @Test
    void aWildcardIdentifierFindsEveryMatchingNumber() throws Exception {
        SearchResult result = find("INE/UNICOM/*/2021");
        assertThat(ids(result))
                .containsExactlyInAnyOrder(
                        archive.oficio2119.sha256(), archive.oficio4756.sha256(), archive.informe2022.sha256());
        assertThat(result.identifiers()).containsExactly("INE/UNICOM/4756/2021", "INE/UNICOM/5388/2021");
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("**INE/UNICOM/"));
    }

    @Test
    void wordsFoldAccentsAndCaseAndCombineWithIdentifiers() throws Exception {
        assertThat(ids(find("comision"))).containsExactly(archive.oficio2119.sha256());
        assertThat(ids(find("respuesta AND IEPC/SE/2119/2021"))).containsExactly(archive.oficio2119.sha256());
        assertThat(ids(find("\"Consejo General\" OR observaciones"))).hasSize(3);
        assertThat(ids(find("oficio NOT respuesta"))).doesNotContain(archive.oficio2119.sha256());
    }

    @Test
    void fuzzyMatchingFindsOcrDamagedWordsAndIsOfferedWhenNothingMatches() throws Exception {
        SearchResult exact = find("Resultados Electorales");
        assertThat(ids(exact)).containsExactly(archive.informe2022.sha256());
        SearchResult none = find("Rezultados");
        assertThat(none.total()).isZero();
        assertThat(none.suggestFuzzy()).isTrue();
        SearchResult fuzzy =
                search.search(new SearchRequest("Rezultados", SearchFilters.NONE, SearchOrder.RELEVANCE, 1, 10, true));
        assertThat(ids(fuzzy)).contains(archive.informe2022.sha256());
        assertThat(fuzzy.hits().get(0).snippet()).contains("**Resultados**");
        // OCR reads I as l at a word's start too: the first letter is not exempt from the edits
        SearchResult firstLetter =
                search.search(new SearchRequest("lnforme", SearchFilters.NONE, SearchOrder.RELEVANCE, 1, 10, true));
        assertThat(ids(firstLetter)).contains(archive.informe2022.sha256());
    }

    @Test
    void hitsCarryPagesAndASnippetPerMatchingPage() throws Exception {
        SearchHit hit = find("INE/UNICOM/5388/2021").hits().get(0);
        assertThat(hit.pages()).containsExactly(2);
        assertThat(hit.snippets()).singleElement().satisfies(s -> {
            assertThat(s.page()).isEqualTo(2);
            assertThat(s.text()).contains("**INE/UNICOM/5388/2021**");
            assertThat(s.parts())
                    .anySatisfy(p -> assertThat(p).isEqualTo(new Snippet.Part("INE/UNICOM/5388/2021", true)));
        });
    }

    @Test
    void filtersNarrowByTypeBodyUnitYearAndDates() throws Exception {
        String q = "oficio OR acuerdo OR informe";
        assertThat(find(q).total()).isEqualTo(4);
        assertThat(ids(find(q, new SearchFilters("acuerdo", null, null, null, null, null, null, null))))
                .containsExactly(archive.acuerdo139.sha256());
        assertThat(ids(find(q, new SearchFilters(null, "ine", null, null, null, null, null, null))))
                .containsExactlyInAnyOrder(
                        archive.oficio2119.sha256(), archive.oficio4756.sha256(), archive.informe2022.sha256());
        assertThat(ids(find(q, new SearchFilters(null, null, "CG", null, null, null, null, null))))
                .containsExactly(archive.acuerdo139.sha256());
        assertThat(ids(find(q, new SearchFilters(null, null, null, 2022, null, null, null, null))))
                .containsExactly(archive.informe2022.sha256());
        assertThat(ids(find(q, new SearchFilters(null, null, null, null, "2021-10-21", "2021-12", null, null))))
                .containsExactlyInAnyOrder(archive.oficio2119.sha256(), archive.acuerdo139.sha256());
        assertThat(ids(find(q, new SearchFilters(null, null, null, null, null, null, "2021-12", "2021-12-31"))))
                .containsExactly(archive.informe2022.sha256());
    }

    @Test
    void facetsCountDocumentsPerTypeBodyAndYear() throws Exception {
        SearchResult result = find("oficio OR acuerdo OR informe");
        assertThat(result.facets().get("type")).containsEntry("oficio", 4).containsEntry("acuerdo", 1);
        assertThat(result.facets().get("body")).containsEntry("INE", 3).containsEntry("IEPC", 2);
        assertThat(result.facets().get("year"))
                .containsExactly(java.util.Map.entry("2022", 1), java.util.Map.entry("2021", 3));
    }

    @Test
    void sortByDateAndPagination() throws Exception {
        String q = "oficio OR acuerdo OR informe";
        SearchResult oldest = search.search(new SearchRequest(q, SearchFilters.NONE, SearchOrder.DATE, 1, 2, false));
        assertThat(oldest.total()).isEqualTo(4);
        assertThat(oldest.pages()).isEqualTo(2);
        assertThat(oldest.hits()).extracting(SearchHit::documentDate).containsExactly("2021-10-20", "2021-10-27");
        SearchResult second = search.search(new SearchRequest(q, SearchFilters.NONE, SearchOrder.DATE, 2, 2, false));
        assertThat(second.hits()).extracting(SearchHit::documentDate).containsExactly("2021-10-27", "2022-01-05");
        SearchResult newest = search.search(new SearchRequest(q, SearchFilters.NONE, SearchOrder.NEWEST, 1, 1, false));
        assertThat(newest.hits()).extracting(SearchHit::documentDate).containsExactly("2022-01-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed", "(oficio", "oficio AND", "*oficio"})
    void malformedQueriesSayWhatToCheck(String query) {
        assertThatThrownBy(() -> find(query))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("could not read the query");
    }

    @Test
    void badFiltersSayWhatIsExpected() {
        assertThatThrownBy(() -> new SearchFilters("fecha", null, null, null, null, null, null, null))
                .hasMessageContaining("type must be oficio");
        assertThatThrownBy(() -> new SearchFilters(null, null, null, null, "27/10/2021", null, null, null))
                .hasMessageContaining("from must be a date like 2021");
        // Dates the calendar does not have are refused, not read as another date.
        assertThatThrownBy(() -> new SearchFilters(null, null, null, null, "2021-13", null, null, null))
                .hasMessageContaining("from must be a date");
        assertThatThrownBy(() -> new SearchFilters(null, null, null, null, null, "2021-02-30", null, null))
                .hasMessageContaining("to must be a date");
        assertThatThrownBy(() -> new SearchFilters(null, null, null, null, null, null, "2021-00", null))
                .hasMessageContaining("mention-from must be a date");
        assertThat(new SearchFilters(null, null, null, null, "2024-02-29", "2021-12", null, null).from())
                .isEqualTo("2024-02-29");
        assertThatThrownBy(() -> SearchOrder.parse("size")).hasMessageContaining("sort must be");
    }
}
