package org.acervo.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The addresses a browsing page links to: short, with only the parameters set, each filter removable. */
class SearchParamsTest {

    private static SearchController.Params params() {
        return new SearchController.Params("oficio", null, null, 2021, "", null, null, null, null, 3, 50, null);
    }

    @Test
    void aLinkCarriesOnlyWhatIsSetAndGoesBackToTheFirstPage() {
        assertThat(params().with("", "body", "INE")).isEqualTo("/?type=oficio&body=INE&year=2021&size=50");
        assertThat(params().with("", "page", 4)).isEqualTo("/?type=oficio&year=2021&size=50&page=4");
        assertThat(params().with("oficio de respuesta", "year", 2022))
                .isEqualTo("/?q=oficio+de+respuesta&type=oficio&year=2022&size=50");
    }

    @Test
    void blankValuesAreAbsentAndValuesAreStripped() {
        SearchController.Params p =
                new SearchController.Params(" ", "", " INE ", null, null, null, null, null, "\t", null, null, null);
        assertThat(p.type()).isNull();
        assertThat(p.body()).isNull();
        assertThat(p.unit()).isEqualTo("INE");
        assertThat(p.sort()).isNull();
        assertThat(p.filters().any()).isTrue();
    }

    @Test
    void valuesAreEncoded() {
        assertThat(params().with("a+b & \"c\"", "type", null)).isEqualTo("/?q=a%2Bb+%26+%22c%22&year=2021&size=50");
    }

    @Test
    void eachFilterSetIsListedWithTheAddressWithoutIt() {
        assertThat(params().active(""))
                .containsExactly(
                        new SearchController.Params.Active("type", "oficio", "/?year=2021&size=50"),
                        new SearchController.Params.Active("year", "2021", "/?type=oficio&size=50"));
        SearchController.Params none =
                new SearchController.Params(" ", null, null, 2021, null, null, null, null, null, null, null, null);
        assertThat(none.active(""))
                .singleElement()
                .extracting(SearchController.Params.Active::without)
                .isEqualTo("/");
    }
}
