package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Event;
import org.acervo.document.FileStamp;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import org.acervo.fixtures.LocalCluster;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same {@link DocumentIndex} scenarios on {@link LuceneDocumentIndex} and on {@link SolrDocumentIndex} (a
 * 2-node SolrCloud of {@link LocalCluster}): both must give the same answers, before and after a commit.
 */
@Tag("slow")
class DocumentIndexContractTest {

    @RegisterExtension
    static final LocalCluster CLUSTER = new LocalCluster();

    private static SolrDocumentIndex solr;

    @TempDir
    Path data;

    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);
    static final String F = "f".repeat(64);
    static final List<String> SHAS = List.of(A, B, F);
    static final List<String> PATHS = List.of(
            "/archivo/a.pdf",
            "/copia/a.pdf",
            "/archivo/b.pdf",
            "/roto.pdf",
            "/correo.eml!/adjunto-1.pdf",
            "/correo.eml!/adjunto-2.pdf",
            "/correo.eml.bak",
            "/correo, copia.eml");
    static final String MEMBERS = "/correo.eml!/";
    static final FileStamp STAMP =
            new FileStamp(1234, 1_700_000_000_000_000_000L, 1_700_000_000_000_000_001L, "64769/42");
    static final FileStamp TOUCHED =
            new FileStamp(1234, 1_700_000_000_500_000_000L, 1_700_000_000_500_000_001L, "64769/42");

    /** What a scenario leaves, asked every way the interface allows. */
    record Answers(
            Map<String, Optional<ArchiveDocument>> find,
            Map<String, Optional<String>> shaForPath,
            Map<String, String> paths,
            SortedMap<String, String> members,
            Map<String, Optional<PathStamp>> stampOf,
            Map<String, Optional<String>> failureReason) {

        static Answers of(DocumentIndex index) throws IOException {
            Map<String, Optional<ArchiveDocument>> find = new LinkedHashMap<>();
            Map<String, Optional<String>> failureReason = new LinkedHashMap<>();
            for (String sha : SHAS) {
                find.put(sha, index.find(sha));
                failureReason.put(sha, index.failureReason(sha));
            }
            Map<String, Optional<String>> shaForPath = new LinkedHashMap<>();
            Map<String, Optional<PathStamp>> stampOf = new LinkedHashMap<>();
            for (String path : PATHS) {
                shaForPath.put(path, index.shaForPath(path));
                stampOf.put(path, index.stampOf(path));
            }
            return new Answers(
                    find, shaForPath, index.paths(), index.pathsStartingWith(MEMBERS), stampOf, failureReason);
        }
    }

    @FunctionalInterface
    interface Scenario {
        void on(DocumentIndex index) throws IOException;
    }

    @BeforeAll
    static void openSolr() {
        // a node that is not there first: the index goes on to the next
        List<String> urls = new ArrayList<>();
        urls.add("http://127.0.0.1:9/solr");
        urls.addAll(CLUSTER.solrUrls());
        solr = SolrDocumentIndex.open(urls, CLUSTER.collection());
    }

    @AfterAll
    static void closeSolr() throws IOException {
        if (solr != null) {
            solr.close();
        }
    }

    @BeforeEach
    void emptyTheCollection() throws Exception {
        try (SolrClient client =
                new HttpJdkSolrClient.Builder(CLUSTER.solrUrls().get(0)).build()) {
            client.deleteByQuery(CLUSTER.collection(), "*:*");
            client.commit(CLUSTER.collection());
        }
    }

    /** Runs the scenario on both indexes and returns Lucene's answers, once they are known to be Solr's too. */
    private Answers onBoth(Scenario scenario) throws IOException {
        try (LuceneDocumentIndex lucene = LuceneDocumentIndex.open(data)) {
            scenario.on(lucene);
            scenario.on(solr);
            Answers expected = Answers.of(lucene);
            assertThat(Answers.of(solr)).as("before a commit").isEqualTo(expected);
            lucene.commit();
            solr.commit();
            assertThat(Answers.of(solr)).as("after a commit").isEqualTo(Answers.of(lucene));
        }
        try (LuceneDocumentIndex reopened = LuceneDocumentIndex.open(data)) {
            Answers expected = Answers.of(reopened);
            assertThat(Answers.of(solr)).as("Lucene reopened").isEqualTo(expected);
            return expected;
        }
    }

    static ArchiveDocument document(String sha, String path, String... pages) {
        return new ArchiveDocument(
                sha,
                List.of(path),
                DocumentStatus.INDEXED,
                null,
                "application/pdf",
                "2021-11-04",
                1,
                List.of(pages),
                List.of(
                        new Mention(MentionType.OFICIO, "IEPC/UTC/21/104", "IEPC/UTC/21/104", 1, 7, 22),
                        new Mention(MentionType.ACUERDO, "INE/CG312/2016", "INE/CG 312/2016", 2, 0, 15),
                        new Mention(MentionType.DATE, "2021-10-27", "27 de octubre de 2021", 1, 27, 48)),
                List.of(new Relation("IEPC/UTC/21/104", "INE/UNICOM/4756/2021", Relation.ANSWERS, 1)),
                List.of(new Event("2021-10-27", "envía", List.of("IEPC/UTC/21/104"), 1)));
    }

    static ArchiveDocument failed(String sha, String path) {
        return new ArchiveDocument(
                sha,
                List.of(path),
                DocumentStatus.FAILED,
                "damaged or truncated file: it could not be read (Page tree root must be a dictionary)",
                "CORRUPT",
                "application/pdf",
                null,
                0,
                0,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    static final ArchiveDocument DOC_A = document(
            A, "/archivo/a.pdf", "Oficio IEPC/UTC/21/104 del 27 de octubre de 2021", "", "Acuerdo INE/CG 312/2016");

    @Test
    void aDocumentReadsBackWithItsTextAndEverythingRecognizedInIt() throws IOException {
        Answers answers = onBoth(index -> {
            index.upsert(DOC_A);
            index.upsert(failed(F, "/roto.pdf"));
        });

        assertThat(answers.find().get(A)).contains(DOC_A);
        assertThat(answers.find().get(A).orElseThrow().pages()).hasSize(3);
        assertThat(answers.paths()).containsOnlyKeys("/archivo/a.pdf", "/roto.pdf");
    }

    @Test
    void theSameContentUnderASecondPathIsOneDocumentListingBoth() throws IOException {
        Answers answers = onBoth(index -> {
            index.upsert(DOC_A);
            index.stamp("/archivo/a.pdf", new PathStamp(A, STAMP));
            index.upsert(DOC_A.withPaths(List.of("/copia/a.pdf")));
            index.upsert(DOC_A.withPaths(List.of("/copia/a.pdf")));
            index.stamp("/copia/a.pdf", new PathStamp(A, STAMP));
        });

        assertThat(answers.find().get(A).orElseThrow().paths()).containsExactly("/archivo/a.pdf", "/copia/a.pdf");
        assertThat(answers.shaForPath().get("/copia/a.pdf")).contains(A);
        assertThat(answers.stampOf().get("/archivo/a.pdf")).contains(new PathStamp(A, STAMP));
        assertThat(answers.stampOf().get("/copia/a.pdf")).contains(new PathStamp(A, STAMP));
    }

    @Test
    void removingPathsUnlistsThemAndTheLastDeletesTheContent() throws IOException {
        Answers oneLeft = onBoth(index -> {
            index.upsert(DOC_A);
            index.upsert(DOC_A.withPaths(List.of("/copia/a.pdf")));
            index.stamp("/archivo/a.pdf", new PathStamp(A, STAMP));
            index.stamp("/copia/a.pdf", new PathStamp(A, STAMP));
            index.removePath(A, "/archivo/a.pdf");
            index.removePath(B, "/archivo/b.pdf");
        });
        assertThat(oneLeft.find().get(A).orElseThrow().paths()).containsExactly("/copia/a.pdf");
        assertThat(oneLeft.stampOf().get("/archivo/a.pdf")).isEmpty();
        assertThat(oneLeft.stampOf().get("/copia/a.pdf")).isPresent();

        Answers none = onBoth(index -> index.removePath(A, "/copia/a.pdf"));
        assertThat(none.find().get(A)).isEmpty();
        assertThat(none.paths()).isEmpty();
        assertThat(none.stampOf().values()).allMatch(Optional::isEmpty);
    }

    @Test
    void aFailureKeepsItsReasonUntilTheContentIsReadWell() throws IOException {
        Answers failing = onBoth(index -> index.upsert(failed(F, "/roto.pdf")));
        assertThat(failing.failureReason().get(F))
                .hasValueSatisfying(r -> assertThat(r).startsWith("damaged"));
        assertThat(failing.find().get(F).orElseThrow().failure()).isEqualTo("CORRUPT");

        Answers retried = onBoth(index -> index.upsert(document(F, "/roto.pdf", "ahora sí se lee")));
        assertThat(retried.failureReason().get(F)).isEmpty();
        assertThat(retried.find().get(F).orElseThrow().pages()).containsExactly("ahora sí se lee");
    }

    @Test
    void replacingADocumentReplacesItsPages() throws IOException {
        Answers answers = onBoth(index -> {
            index.upsert(DOC_A);
            index.upsert(document(A, "/archivo/a.pdf", "una sola página"));
        });

        assertThat(answers.find().get(A).orElseThrow().pages()).containsExactly("una sola página");
    }

    @Test
    void aStampNeverVouchesForAnotherContent() throws IOException {
        Answers moved = onBoth(index -> {
            index.upsert(DOC_A);
            index.stamp("/archivo/a.pdf", new PathStamp(B, STAMP)); // not what the path holds: ignored
            index.stamp("/archivo/b.pdf", new PathStamp(B, STAMP)); // no content there: ignored
            index.stamp("/archivo/a.pdf", new PathStamp(A, STAMP));
            index.stamp("/archivo/a.pdf", new PathStamp(A, TOUCHED));
            index.removePath(A, "/archivo/a.pdf");
            index.upsert(document(B, "/archivo/a.pdf", "otro contenido"));
        });
        assertThat(moved.shaForPath().get("/archivo/a.pdf")).contains(B);
        assertThat(moved.stampOf().values()).allMatch(Optional::isEmpty);

        Answers stamped = onBoth(index -> index.stamp("/archivo/a.pdf", new PathStamp(B, TOUCHED)));
        assertThat(stamped.stampOf().get("/archivo/a.pdf")).contains(new PathStamp(B, TOUCHED));
    }

    @Test
    void theMembersOfAContainerAreOneRangeOfPathsInPathOrder() throws IOException {
        Answers answers = onBoth(index -> {
            index.upsert(document(B, "/correo.eml!/adjunto-2.pdf", "segundo adjunto"));
            index.upsert(document(A, "/correo.eml!/adjunto-1.pdf", "primer adjunto"));
            index.upsert(document(A, "/correo.eml.bak", "primer adjunto"));
            index.upsert(failed(F, "/correo, copia.eml"));
        });

        assertThat(answers.members())
                .containsExactly(
                        Map.entry("/correo.eml!/adjunto-1.pdf", A), Map.entry("/correo.eml!/adjunto-2.pdf", B));
        assertThat(answers.paths()).hasSize(4);
        assertThat(answers.shaForPath().get("/correo, copia.eml")).contains(F);
    }

    /** Solr alone: two workers (two indexes) adding paths to one content at once lose none of them. */
    @Test
    void twoWritersMergingPathsIntoOneContentLoseNone() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try (SolrDocumentIndex other = SolrDocumentIndex.open(CLUSTER.solrUrls(), CLUSTER.collection())) {
            List<Future<?>> done = new ArrayList<>();
            for (DocumentIndex writer : List.of(solr, other)) {
                String folder = writer == solr ? "/uno/" : "/dos/";
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        writer.upsert(DOC_A.withPaths(List.of(folder + i + ".pdf")));
                    }
                    return null;
                }));
            }
            for (Future<?> writing : done) {
                writing.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(solr.find(A).orElseThrow().paths()).hasSize(30);
        assertThat(solr.paths()).hasSize(30).containsEntry("/dos/14.pdf", A);
    }
}
