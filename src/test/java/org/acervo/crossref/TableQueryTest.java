package org.acervo.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Paging, sorting and filtering a table, as its page, its exports and the API do it. */
class TableQueryTest {

    private static final List<String> HEADER = List.of("identifier", "type", "document", "date", "pages", "mentions");

    /** 120 rows: oficios of INE and IEPC, dated across 2020 and 2021, some undated. */
    private static Table index() {
        List<List<String>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String body = i % 3 == 0 ? "INE/UNICOM" : "IEPC/SE";
            String date = i % 10 == 0 ? "" : (i % 2 == 0 ? "2021" : "2020") + "-0" + (1 + i % 9) + "-1" + (i % 10);
            rows.add(List.of(
                    body + "/" + i + "/2021",
                    i % 4 == 0 ? "acuerdo" : "oficio",
                    "oficios/oficio-" + i + ".pdf",
                    date,
                    (i % 7 + 1) + ", " + (i % 7 + 3),
                    String.valueOf(i % 13)));
            ids.add("doc" + i);
        }
        return new Table("index", "Índice", HEADER, rows, ids);
    }

    private static TableQuery query(String... params) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return TableQuery.from(map, "", TableQuery.MATRIX_MIN);
    }

    private static List<String> column(Table table, String key) {
        int c = table.header().indexOf(key);
        return table.rows().stream().map(r -> r.get(c)).toList();
    }

    @Nested
    class Paging {

        @Test
        void pagesOfFiftyByDefaultWithTheirTotals() {
            TablePage first = TablePage.of(index(), query());
            assertThat(first.rows().rows()).hasSize(50);
            assertThat(first.first()).isEqualTo(1);
            assertThat(first.last()).isEqualTo(50);
            assertThat(first.total()).isEqualTo(120);
            assertThat(first.pages()).isEqualTo(3);

            TablePage second = TablePage.of(index(), query("page", "2"));
            assertThat(second.first()).isEqualTo(51);
            assertThat(second.last()).isEqualTo(100);
            assertThat(second.rows().rows().get(0)).isEqualTo(index().rows().get(50));
            assertThat(second.rows().docIds().get(0)).isEqualTo("doc51");

            TablePage last = TablePage.of(index(), query("page", "3"));
            assertThat(last.rows().rows()).hasSize(20);
            assertThat(last.last()).isEqualTo(120);
        }

        @Test
        void sizesAreFiftyOneHundredOrFiveHundred() {
            assertThat(query("size", "100").size()).isEqualTo(100);
            assertThat(query("size", "500").size()).isEqualTo(500);
            assertThat(query("size", "20").size()).isEqualTo(50);
            assertThat(query("size", "70").size()).isEqualTo(100);
            assertThat(query("size", "100000").size()).isEqualTo(500);
            assertThat(TablePage.of(index(), query("size", "100", "page", "2"))
                            .rows()
                            .rows())
                    .hasSize(20);
        }

        @Test
        void aPagePastTheEndShowsTheLastAndNonsenseTakesTheDefault() {
            assertThat(TablePage.of(index(), query("page", "99")).query().page())
                    .isEqualTo(3);
            assertThat(query("page", "dos").page()).isEqualTo(1);
            assertThat(query("page", "-4").page()).isEqualTo(1);
            assertThat(query("size", "mucho").size()).isEqualTo(50);
        }

        @Test
        void anEmptyResultIsOnePageOfNoRows() {
            TablePage none = TablePage.of(index(), query("identifier", "XYZ"));
            assertThat(none.total()).isZero();
            assertThat(none.first()).isZero();
            assertThat(none.pages()).isEqualTo(1);
            assertThat(none.unfiltered()).isEqualTo(120);
        }

        @Test
        void pageLinksShowTheEndsAndTheNeighbours() {
            Table big = new Table(
                    "index",
                    "",
                    HEADER,
                    java.util.Collections.nCopies(1000, index().rows().get(0)),
                    java.util.Collections.nCopies(1000, "d"));
            assertThat(TablePage.of(big, query("page", "10")).pageLinks())
                    .containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
            assertThat(TablePage.of(big, query()).pageLinks()).containsExactly(1, 2, 3, 0, 20);
        }
    }

    @Nested
    class Sorting {

        @Test
        void numbersSortAsNumbers() {
            List<String> mentions = column(query("sort", "mentions").apply(index()), "mentions");
            assertThat(mentions.get(0)).isEqualTo("0");
            assertThat(mentions.get(mentions.size() - 1)).isEqualTo("12");
            assertThat(mentions).isSortedAccordingTo(java.util.Comparator.comparingInt(Integer::parseInt));
        }

        @Test
        void pageListsSortByTheirFirstPage() {
            List<String> pages = column(query("sort", "pages", "dir", "desc").apply(index()), "pages");
            assertThat(pages.get(0)).isEqualTo("7, 9");
            assertThat(pages.get(pages.size() - 1)).isEqualTo("1, 3");
        }

        @Test
        void datesSortAsDatesWithTheUndatedLastEitherWay() {
            List<String> up = column(query("sort", "date").apply(index()), "date");
            assertThat(up.get(0)).startsWith("2020-");
            assertThat(up.subList(0, 108)).isSorted().doesNotContain("");
            assertThat(up.subList(108, 120)).containsOnly("");
            List<String> down = column(query("sort", "date", "dir", "desc").apply(index()), "date");
            assertThat(down.get(0)).startsWith("2021-");
            assertThat(down.subList(108, 120)).containsOnly("");
        }

        @Test
        void wordsSortAsSpanishDoes() {
            Table names = new Table(
                    "quality",
                    "",
                    List.of("document"),
                    List.of(
                            List.of("oficio.pdf"),
                            List.of("Ñandú.pdf"),
                            List.of("nota.pdf"),
                            List.of("Álvaro.pdf"),
                            List.of("acta.pdf")),
                    java.util.Collections.nCopies(5, null));
            assertThat(column(query("sort", "document").apply(names), "document"))
                    .containsExactly("acta.pdf", "Álvaro.pdf", "nota.pdf", "Ñandú.pdf", "oficio.pdf");
        }

        @Test
        void anUnknownColumnKeepsTheTablesOwnOrder() {
            assertThat(query("sort", "nada").apply(index()).rows()).isEqualTo(index().rows());
        }

        @Test
        void rowsKeepTheirDocumentIds() {
            Table sorted = query("sort", "mentions", "dir", "desc").apply(index());
            for (int i = 0; i < sorted.rows().size(); i++) {
                assertThat(sorted.rows().get(i).get(2))
                        .isEqualTo("oficios/oficio-" + sorted.docIds().get(i).substring(3) + ".pdf");
            }
        }
    }

    @Nested
    class Filtering {

        @Test
        void byTypeBodyYearDocumentAndIdentifier() {
            assertThat(column(query("type", "acuerdo").apply(index()), "type"))
                    .hasSize(30)
                    .containsOnly("acuerdo");
            assertThat(column(query("body", "INE").apply(index()), "identifier"))
                    .hasSize(40)
                    .allMatch(i -> i.startsWith("INE/"));
            assertThat(column(query("year", "2020").apply(index()), "date"))
                    .hasSize(60)
                    .allMatch(d -> d.startsWith("2020"));
            assertThat(column(query("document", "OFICIO-11").apply(index()), "document"))
                    .containsExactlyInAnyOrder(
                            "oficios/oficio-11.pdf",
                            "oficios/oficio-110.pdf",
                            "oficios/oficio-111.pdf",
                            "oficios/oficio-112.pdf",
                            "oficios/oficio-113.pdf",
                            "oficios/oficio-114.pdf",
                            "oficios/oficio-115.pdf",
                            "oficios/oficio-116.pdf",
                            "oficios/oficio-117.pdf",
                            "oficios/oficio-118.pdf",
                            "oficios/oficio-119.pdf");
            assertThat(column(query("identifier", "ine / unicom / 3").apply(index()), "identifier"))
                    .contains("INE/UNICOM/3/2021", "INE/UNICOM/30/2021")
                    .allMatch(i -> i.startsWith("INE/UNICOM/3"));
        }

        @Test
        void filtersCombineAndTheTotalsFollow() {
            TablePage page = TablePage.of(index(), query("body", "INE", "year", "2021"));
            assertThat(page.total())
                    .isEqualTo(column(query("body", "INE").apply(index()), "date").stream()
                            .filter(d -> d.startsWith("2021"))
                            .count());
            assertThat(page.unfiltered()).isEqualTo(120);
        }

        @Test
        void documentFilterIgnoresAccentsAndCase() {
            Table names = new Table(
                    "quality",
                    "",
                    List.of("document"),
                    List.of(List.of("Resolución-5.pdf"), List.of("acta.pdf")),
                    java.util.Collections.nCopies(2, null));
            assertThat(query("document", "resolucion").apply(names).rows())
                    .containsExactly(List.of("Resolución-5.pdf"));
        }

        @Test
        void aFilterNamingNoColumnLeavesTheTableWhole() {
            Table quality = new Table(
                    "quality",
                    "",
                    List.of("document", "status"),
                    List.of(List.of("a.pdf", "fallido")),
                    java.util.Collections.nCopies(1, null));
            assertThat(query("identifier", "INE", "type", "oficio")
                            .apply(quality)
                            .rows())
                    .hasSize(1);
            assertThat(TableQuery.filtersOf(quality)).containsExactly("document");
            assertThat(TableQuery.filtersOf(index())).containsExactly("identifier", "type", "body", "year", "document");
        }

        @Test
        void theFormOffersTheBodiesAndYearsTheTableHolds() {
            TablePage page = TablePage.of(index(), query());
            assertThat(page.choices().get("body")).containsExactly("IEPC", "INE");
            assertThat(page.choices().get("year")).containsExactly("2021", "2020");
            assertThat(page.choices().get("type")).contains("oficio", "acuerdo", "circular");
        }
    }

    @Nested
    class Matrix {

        /** Three documents; A cited by all three, B by two, C by one. */
        private final Table matrix = new Table(
                "matrix",
                "",
                List.of("document", "date", "INE/A/1/2021", "INE/B/1/2021", "IEPC/C/1/2021"),
                List.of(
                        List.of("a.pdf", "2021-01-01", "1", "2", ""),
                        List.of("b.pdf", "2021-02-01", "3", "", ""),
                        List.of("c.pdf", "2022-01-01", "1, 2", "4", "5")),
                List.of("a", "b", "c"));

        @Test
        void identifiersCitedByFewerThanMinDocumentsAreHiddenAndCounted() {
            TableQuery two = query();
            assertThat(two.min()).isEqualTo(2);
            assertThat(two.apply(matrix).header()).containsExactly("document", "date", "INE/A/1/2021", "INE/B/1/2021");
            assertThat(two.hiddenColumns(matrix)).isEqualTo(1);
            assertThat(query("min", "3").apply(matrix).header()).containsExactly("document", "date", "INE/A/1/2021");
            assertThat(query("min", "1").hiddenColumns(matrix)).isZero();
        }

        @Test
        void aDocumentWithNoColumnLeftIsLeftOut() {
            Table only = query("min", "1", "body", "IEPC").apply(matrix);
            assertThat(only.header()).containsExactly("document", "date", "IEPC/C/1/2021");
            assertThat(only.docIds()).containsExactly("c");
            assertThat(query("min", "1", "identifier", "b/1").apply(matrix).docIds())
                    .containsExactly("a", "c");
        }

        @Test
        void rowsFilterByYearAndSortByAnIdentifierColumn() {
            assertThat(query("year", "2021").apply(matrix).docIds()).containsExactly("a", "b");
            assertThat(query("sort", "INE/A/1/2021", "dir", "desc")
                            .apply(matrix)
                            .docIds())
                    .containsExactly("b", "a", "c");
        }
    }
}
