package org.acervo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spellings of one number that search must bring together, and ones it must keep apart. */
class IdentifierResolverTest {

    private final IdentifierResolver resolver = new IdentifierResolver(List.of(
            "INE/CG312/2016",
            "INE/CG/195/2015",
            "CG112/2010",
            "IEPC/CG/01/2025",
            "IEPC/CG01/2025",
            "OPDM/DG/CGTI/0296/2025"));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // An extra slash is kept as written in the index; either spelling finds the other.
                "INE/CG/312/2016|INE/CG312/2016",
                "INE/CG195/2015|INE/CG/195/2015",
                // The IFE numbered its acuerdos without a body; the body in a query does not hide them.
                "IFE/CG112/2010|CG112/2010",
                "CG 112/2010|CG112/2010",
                "cg112/2010|CG112/2010",
                // OCR look-alikes.
                "OPDM/DG/CCTI/0296/2025|OPDM/DG/CGTI/0296/2025",
            })
    void findsEverySpellingOfOneNumber(String query, String indexed) {
        assertThat(resolver.resolve(query)).contains(indexed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // IEPC writes both forms as different numbers: no attaching for it.
                "IEPC/CG/01/2025|IEPC/CG01/2025",
                "INE/CG312/2017|INE/CG312/2016",
                "IEPC/CG112/2010|CG112/2010",
            })
    void keepsOtherNumbersApart(String query, String indexed) {
        assertThat(resolver.resolve(query)).doesNotContain(indexed);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "INE / CG / 312 / 2016|INE/CG312/2016",
                // The ends people type, as the search box reads them.
                "195/2015|INE/CG/195/2015",
                "0296 / 2025|OPDM/DG/CGTI/0296/2025",
                // File names write numbers with hyphens.
                "INE-CG312-2016|INE/CG312/2016",
                "opdm-dg-cgti-0296-2025|OPDM/DG/CGTI/0296/2025",
            })
    void anySpellingAlsoReadsEndsAndFileNames(String typed, String indexed) {
        assertThat(resolver.anySpelling(typed, 10)).contains(indexed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {"2016", "CG312", "hola", "INE-CG312-2017"})
    void anySpellingOfWhatIsNoNumberIsNothing(String typed) {
        assertThat(resolver.anySpelling(typed, 10)).doesNotContain("INE/CG312/2016");
    }
}
