package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.fixtures.LocalCluster;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast {@link SolrDocumentIndex} indexes, as the ingest writes (an upsert per document, a commit per chunk):
 * a measurement, not a check, so it runs only when asked:
 * {@code mvn -o test -Dtest=SolrIndexingThroughputTest -Dacervo.bench=true -Dgroups=slow}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "acervo.bench", matches = "true")
class SolrIndexingThroughputTest {

    @RegisterExtension
    static final LocalCluster CLUSTER = new LocalCluster();

    static final int DOCUMENTS = 300;
    static final int PAGES = 4;
    static final int WORDS_PER_PAGE = 400;
    static final int CHUNK = 10;

    private static final String[] WORDS = ("informe avance implementación operación programa resultados electorales "
                    + "preliminares instituto electoral participación ciudadana estado durango unidad técnica cómputo "
                    + "comisión temporal consejo general sesión ordinaria extraordinaria acuerdo oficio remite "
                    + "constancia conocimiento consejeros integrantes lineamientos proceso local ordinario plan")
            .split(" ");

    static List<ArchiveDocument> corpus(int count, Random random) {
        List<ArchiveDocument> documents = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<String> pages = new ArrayList<>();
            for (int p = 0; p < PAGES; p++) {
                StringBuilder page = new StringBuilder("Oficio IEPC/SE/" + (1000 + d) + "/2021 ");
                for (int w = 0; w < WORDS_PER_PAGE; w++) {
                    page.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n" : " ");
                }
                pages.add(page.toString());
            }
            String id = "IEPC/SE/" + (1000 + d) + "/2021";
            documents.add(new ArchiveDocument(
                    String.format("%064x", d),
                    List.of("/bench/oficio-" + d + ".pdf"),
                    DocumentStatus.INDEXED,
                    null,
                    "application/pdf",
                    "2021-11-04",
                    0,
                    pages,
                    List.of(new Mention(MentionType.OFICIO, id, id, 1, 7, 7 + id.length())),
                    List.of(),
                    List.of()));
        }
        return documents;
    }

    @TempDir
    Path data;

    @Test
    void indexesAtSomeDocumentsAndPagesPerSecond() throws Exception {
        List<ArchiveDocument> corpus = corpus(DOCUMENTS, new Random(14));
        long chars = corpus.stream()
                .flatMap(d -> d.pages().stream())
                .mapToLong(String::length)
                .sum();
        System.out.printf(
                "SOLR THROUGHPUT corpus: %d documents, %d pages, %.1f MB of text%n",
                DOCUMENTS, DOCUMENTS * PAGES, chars / 1e6);
        for (int chunk : new int[] {CHUNK, DOCUMENTS}) {
            try (SolrClient client =
                    new HttpJdkSolrClient.Builder(CLUSTER.solrUrls().get(0)).build()) {
                client.deleteByQuery(CLUSTER.collection(), "*:*");
                client.commit(CLUSTER.collection());
            }
            try (SolrDocumentIndex index = SolrDocumentIndex.open(CLUSTER.solrUrls(), CLUSTER.collection())) {
                measure("2-node SolrCloud", index, corpus, chunk);
                assertThat(index.paths()).hasSize(DOCUMENTS + 20);
            }
        }
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            measure("Lucene", index, corpus, CHUNK);
        }
    }

    private static void measure(String name, DocumentIndex index, List<ArchiveDocument> corpus, int chunk)
            throws Exception {
        // warm up the JIT and the connections on other ids
        for (ArchiveDocument warm : corpus(20, new Random(1))) {
            index.upsert(warm.withPaths(List.of("/warm" + warm.paths().get(0))));
        }
        index.commit();
        long start = System.nanoTime();
        for (int i = 0; i < corpus.size(); i++) {
            index.upsert(corpus.get(i));
            if (i % chunk == chunk - 1) {
                index.commit();
            }
        }
        index.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "SOLR THROUGHPUT %s, upsert per document, hard commit every %d: %.2f s, %.1f documents/s, %.1f pages/s%n",
                name, chunk, seconds, corpus.size() / seconds, corpus.size() * PAGES / seconds);
    }
}
