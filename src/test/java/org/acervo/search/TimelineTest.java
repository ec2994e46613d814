package org.acervo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.language.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** The home page's timeline: counts per month from a real small index, and the SVG that draws them. */
class TimelineTest {

    @TempDir
    static Path data;

    static SmallArchive archive;
    static IndexSnapshot snapshot;
    static Timeline timeline;

    @BeforeAll
    static void index() throws Exception {
        archive = SmallArchive.build(data);
        // A document read again replaces its block: the old pages stay in the segment, deleted, and must not count
        // twice.
        // And an acuerdo of November 2021 quoting the Constitution of 1917 and a deadline of 2030: both outside the
        // span.
        String text =
                "Acuerdo de noviembre. Conforme a la Constitución del 5 de febrero de 1917; vigente hasta enero de 2030.";
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(archive.oficio4756);
            index.upsert(new ArchiveDocument(
                    "%064x".formatted(1917),
                    List.of(data.resolve("files/acuerdo-1917.txt").toString()),
                    DocumentStatus.INDEXED,
                    null,
                    "text/plain",
                    "2021-11-03",
                    0,
                    List.of(text),
                    List.of(
                            new Mention(MentionType.DATE, "1917-02-05", "5 de febrero de 1917", 1, 45, 65),
                            new Mention(MentionType.DATE, "2030-01", "enero de 2030", 1, 80, 93))));
            index.commit();
        }
        snapshot = IndexSnapshot.open(data);
        timeline = Timeline.of(snapshot);
    }

    @AfterAll
    static void close() throws Exception {
        snapshot.close();
    }

    private static Timeline.Month month(String month, int documents, int mentioned) {
        return new Timeline.Month(YearMonth.parse(month), documents, mentioned);
    }

    @Test
    void everyMonthFromTheFirstToTheLastWithDocumentsByTheirDateAndDocumentsMentioningIt() {
        // October 2021: oficios 2119 and 4756 and acuerdo 139 are dated in it, and both oficios mention a day of it;
        // the informe of January 2022 mentions 17 December 2021; the scan has no date; the failed file no pages.
        assertThat(timeline.months())
                .containsExactly(
                        month("2021-10", 3, 2), month("2021-11", 1, 0), month("2021-12", 0, 1), month("2022-01", 1, 0));
        assertThat(timeline.first()).isEqualTo(YearMonth.of(2021, 10));
        assertThat(timeline.last()).isEqualTo(YearMonth.of(2022, 1));
    }

    @Test
    void countedFromTheDocumentsDatesAndMentionsItIsTheSame() throws Exception {
        // how a cluster's Solr collection is counted: from the doc records, not Lucene's structures
        assertThat(Timeline.of(snapshot.summaries())).isEqualTo(timeline);
        assertThat(timeline.mentionedBefore() + timeline.mentionedAfter()).isPositive();
    }

    @Test
    void datesMentionedOutsideTheDocumentsSpanAreCountedApart() throws Exception {
        assertThat(timeline.mentionedBefore()).isEqualTo(1);
        assertThat(timeline.mentionedAfter()).isEqualTo(1);
        SearchService search = new SearchService(snapshot);
        assertThat(search.search(new SearchRequest(
                                "",
                                new SearchFilters(null, null, null, null, null, null, null, "2021-09"),
                                SearchOrder.NEWEST,
                                1,
                                10,
                                false))
                        .total())
                .isEqualTo(1);
        assertThat(search.search(new SearchRequest(
                                "",
                                new SearchFilters(null, null, null, null, null, null, "2022-02", null),
                                SearchOrder.NEWEST,
                                1,
                                10,
                                false))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void eachMonthCountsWhatItsLinksList() throws Exception {
        SearchService search = new SearchService(snapshot);
        for (Timeline.Month m : timeline.months()) {
            String month = m.month().toString();
            assertThat(search.search(new SearchRequest(
                                    "",
                                    new SearchFilters(null, null, null, null, month, month, null, null),
                                    SearchOrder.NEWEST,
                                    1,
                                    10,
                                    false))
                            .total())
                    .as("dated " + month)
                    .isEqualTo(m.documents());
            assertThat(search.search(new SearchRequest(
                                    "",
                                    new SearchFilters(null, null, null, null, null, null, month, month),
                                    SearchOrder.NEWEST,
                                    1,
                                    10,
                                    false))
                            .total())
                    .as("mentioning " + month)
                    .isEqualTo(m.mentioned());
        }
    }

    @Test
    void aMonthAloneCountsInItsMonthAndImpossibleValuesNowhere() {
        assertThat(Timeline.month(20211000)).isEqualTo(YearMonth.of(2021, 10));
        assertThat(Timeline.month(20211231)).isEqualTo(YearMonth.of(2021, 12));
        assertThat(Timeline.month(20211300)).isNull();
        assertThat(Timeline.month(-1)).isNull();
    }

    @Test
    void aDocumentCountsOncePerYear() {
        // 2021: four documents dated in it; three mention it (the informe, in 2021 and as its only mention).
        assertThat(timeline.years()).containsExactly(month("2021-01", 4, 3), month("2022-01", 1, 0));
    }

    @Test
    void thePlotHasABarPerCountLinkingToItsDocumentsWithItsCountAsTooltip() throws Exception {
        String svg = TimelinePlot.svg(timeline, Texts.of(Texts.SPANISH));

        assertThat(svg).startsWith("<svg ").endsWith("</svg>").contains("role=\"img\"");
        assertThat(svg)
                .contains(
                        "<a href=\"/?from=2021-10&amp;to=2021-10\" class=\"documents\">",
                        "<title>oct 2021: 3 documentos fechados</title>",
                        "<a href=\"/?mentionFrom=2021-10&amp;mentionTo=2021-10\" class=\"mentioned\">",
                        "<title>oct 2021: 2 documentos mencionan fechas</title>",
                        "<a href=\"/?mentionFrom=2021-12&amp;mentionTo=2021-12\" class=\"mentioned\">",
                        "<title>dic 2021: 1 documento menciona fechas</title>",
                        "<title>ene 2022: 1 documento fechado</title>");
        // Empty months have no bar, only their label.
        assertThat(svg).doesNotContain("mentionFrom=2021-11", "?from=2021-12&", "mentionFrom=2022-01");
        assertThat(texts(svg)).containsSubsequence("oct", "2021", "nov", "dic", "ene", "2022");
        assertThat(wellFormed(svg)).as("parses as XML").isTrue();
    }

    @Test
    void theWordsFollowTheLanguage() {
        String svg = TimelinePlot.svg(timeline, Texts.of(Texts.ENGLISH));
        assertThat(svg)
                .contains(
                        "<title>Oct 2021: 3 dated documents</title>",
                        "<title>Dec 2021: 1 document mentions dates</title>");
    }

    @Test
    void aLongSpanIsDrawnByYearLinkingToWholeYears() throws Exception {
        List<Timeline.Month> months = new ArrayList<>();
        List<Timeline.Month> years = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2009, 2); !m.isAfter(YearMonth.of(2021, 10)); m = m.plusMonths(1)) {
            months.add(new Timeline.Month(
                    m, m.getYear() == 2021 ? 2 : 0, m.getYear() == 2009 && m.getMonthValue() == 2 ? 1 : 0));
        }
        for (int y = 2009; y <= 2021; y++) {
            years.add(new Timeline.Month(YearMonth.of(y, 1), y == 2021 ? 20 : 0, y == 2009 ? 1 : 0));
        }
        String svg = TimelinePlot.svg(new Timeline(months, years, 0, 0), Texts.of(Texts.SPANISH));

        assertThat(svg)
                .contains(
                        "<a href=\"/?from=2021&amp;to=2021\" class=\"documents\">",
                        "<title>2021: 20 documentos fechados</title>",
                        "<a href=\"/?mentionFrom=2009&amp;mentionTo=2009\" class=\"mentioned\">",
                        "por año");
        assertThat(svg).doesNotContain("from=2021-10");
        assertThat(wellFormed(svg)).isTrue();
    }

    @Test
    void nothingToPlotIsNoPlot() {
        assertThat(TimelinePlot.svg(new Timeline(List.of(), List.of(), 0, 0), Texts.of(Texts.SPANISH)))
                .isEmpty();
    }

    @Test
    void markupCharactersAreEscaped() {
        assertThat(TimelinePlot.escape("<script>alert('x & y')</script> \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x &amp; y&#39;)&lt;/script&gt; &quot;q&quot;");
    }

    /** The words of the plot's text elements, in order. */
    private static List<String> texts(String svg) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("<text [^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    private static boolean wellFormed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)))
                .getDocumentElement()
                .getLocalName()
                .equals("svg");
    }
}
