package org.acervo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.index.OutdatedIndexException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals, facets, order and pagination when more documents match than search used to read
 * (10,000 page records): 10,500 tiny generated documents, a third of them with two matching pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCountsTest {

    private static final int DOCUMENTS = 10_500;

    @TempDir
    static Path data;

    private IndexSnapshot snapshot;
    private SearchService search;
    private final Map<String, Integer> pagesBySha = new HashMap<>();
    private final Map<String, Integer> years = new TreeMap<>();
    private int undated;

    @BeforeAll
    void index() throws Exception {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                String sha = String.format("%064x", i);
                String number = (i % 2 == 0 ? "INE/UNICOM/" : "IEPC/SE/") + i + "/2021";
                String first =
                        "Oficio " + number + " sobre los centros de acopio" + (i % 7 == 0 ? " y su resguardo" : "");
                List<String> pages = i % 3 == 0 ? List.of(first, "Anexo: inventario del acopio") : List.of(first);
                String date = i % 10 == 9
                        ? null
                        : LocalDate.of(2020, 1, 1).plusDays(i % 1_000).toString();
                if (date == null) {
                    undated++;
                } else {
                    years.merge(date.substring(0, 4), 1, Integer::sum);
                }
                pagesBySha.put(sha, pages.size());
                index.upsert(new ArchiveDocument(
                        sha,
                        List.of("informes/" + i + ".txt"),
                        DocumentStatus.INDEXED,
                        null,
                        "text/plain",
                        date,
                        0,
                        pages,
                        List.of(new Mention(MentionType.OFICIO, number, number, 1, 7, 7 + number.length()))));
            }
            index.commit();
        }
        snapshot = IndexSnapshot.open(data);
        search = new SearchService(snapshot);
    }

    @AfterAll
    void close() throws Exception {
        snapshot.close();
    }

    private SearchResult find(String text, SearchOrder order, int page, int size) throws Exception {
        return search.search(new SearchRequest(text, SearchFilters.NONE, order, page, size, false));
    }

    @Test
    void totalsAndFacetsCountEveryMatchingDocument() throws Exception {
        SearchResult result = find("acopio", SearchOrder.RELEVANCE, 1, 10);
        assertThat(result.total()).isEqualTo(DOCUMENTS);
        assertThat(result.pages()).isEqualTo(DOCUMENTS / 10);
        assertThat(result.facets().get("type")).containsExactly(Map.entry("oficio", DOCUMENTS));
        assertThat(result.facets().get("body"))
                .containsExactly(Map.entry("IEPC", DOCUMENTS / 2), Map.entry("INE", DOCUMENTS / 2));
        assertThat(result.facets().get("year")).isEqualTo(reversed(years));
        assertThat(find("resguardo", SearchOrder.RELEVANCE, 1, 10).total()).isEqualTo(DOCUMENTS / 7);
        SearchResult ine = search.search(new SearchRequest(
                "acopio",
                new SearchFilters(null, "INE", null, null, null, null, null, null),
                SearchOrder.RELEVANCE,
                1,
                10,
                false));
        assertThat(ine.total()).isEqualTo(DOCUMENTS / 2);
        assertThat(ine.facets().get("body")).containsExactly(Map.entry("INE", DOCUMENTS / 2));
    }

    @Test
    void hitsListEveryMatchingPageOfTheirDocument() throws Exception {
        SearchResult result = find("acopio", SearchOrder.RELEVANCE, 1, 50);
        assertThat(result.hits()).hasSize(50).allSatisfy(hit -> {
            assertThat(hit.pages()).hasSize(pagesBySha.get(hit.id()));
            assertThat(hit.snippets())
                    .hasSize(hit.pages().size())
                    .allSatisfy(s -> assertThat(s.text()).contains("**acopio**"));
        });
        // Relevance: the best page first, document after document.
        assertThat(result.hits()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void dateOrderPagesThroughEveryDocumentOnceWithUndatedLast() throws Exception {
        Set<String> seen = new HashSet<>();
        List<String> dates = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            for (SearchHit hit : find("acopio", SearchOrder.DATE, page, 100).hits()) {
                assertThat(seen.add(hit.id())).as("seen twice: " + hit.id()).isTrue();
                dates.add(hit.documentDate());
            }
        }
        assertThat(dates).hasSize(300).isSorted().startsWith("2020-01-01");
        SearchResult last = find("acopio", SearchOrder.DATE, DOCUMENTS / 100, 100);
        assertThat(last.hits())
                .hasSize(100)
                .allSatisfy(h -> assertThat(h.documentDate()).isNull());
        assertThat(undated).isGreaterThan(100);
        SearchResult newest = find("acopio", SearchOrder.NEWEST, 1, 5);
        assertThat(newest.hits())
                .extracting(SearchHit::documentDate)
                .allMatch(LocalDate.of(2020, 1, 1).plusDays(998).toString()::equals);
        assertThat(find("acopio", SearchOrder.DATE, DOCUMENTS / 100 + 1, 100).hits())
                .isEmpty();
    }

    @Test
    void anIndexWrittenBeforeDocValuesSaysToRebuildIt(@TempDir Path old) throws Exception {
        try (FSDirectory dir = FSDirectory.open(IndexSchema.indexDir(old));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
            Document page = new Document();
            page.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_PAGE, Field.Store.YES));
            page.add(new StringField(IndexSchema.SHA256, "ab", Field.Store.YES));
            page.add(new StoredField(IndexSchema.PAGE, 1));
            page.add(new TextField(IndexSchema.TEXT, "centros de acopio", Field.Store.YES));
            writer.addDocument(page);
        }
        try (IndexSnapshot outdated = IndexSnapshot.open(old)) {
            assertThatThrownBy(() -> new SearchService(outdated).search("acopio", 10))
                    .isInstanceOf(OutdatedIndexException.class)
                    .hasMessageContaining("delete data/index and run the ingest again");
        }
    }

    private static Map<String, Integer> reversed(Map<String, Integer> byYear) {
        Map<String, Integer> newestFirst = new java.util.LinkedHashMap<>();
        new TreeMap<>(byYear).descendingMap().forEach(newestFirst::put);
        return newestFirst;
    }
}
