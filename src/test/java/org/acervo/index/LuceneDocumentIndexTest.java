package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import org.acervo.document.WordQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneDocumentIndexTest {

    @TempDir
    Path data;

    private static ArchiveDocument entry(String sha, String path, String text) {
        return new ArchiveDocument(
                sha,
                List.of(path),
                DocumentStatus.INDEXED,
                null,
                "text/plain",
                "2021-11-04",
                0,
                List.of(text, "segunda página"),
                List.of(new Mention(MentionType.OFICIO, "IEPC/UTC/21/104", "IEPC/UTC/21/104", 1, 7, 22)));
    }

    @Test
    void anEntryReadsBackAsWritten() throws Exception {
        ArchiveDocument base = entry("aaa", "/archivo/a.pdf", "oficio IEPC/UTC/21/104 enviado");
        ArchiveDocument written = new ArchiveDocument(
                base.sha256(),
                base.paths(),
                base.status(),
                base.reason(),
                base.mediaType(),
                base.documentDate(),
                base.ocrPages(),
                base.pages(),
                base.mentions(),
                List.of(new Relation("IEPC/SE/2119/2021", "INE/UNICOM/4756/2021", Relation.ANSWERS, 1)),
                List.of(new Event("2021-10-27", "envía", List.of("IEPC/SE/2119/2021"), 1)));
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(written);
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThat(snapshot.find("aaa")).contains(written);
            assertThat(snapshot.entries()).containsExactly(written);
            assertThat(snapshot.count(DocumentStatus.INDEXED)).isEqualTo(1);
        }
    }

    @Test
    void theSameContentUnderTwoPathsIsOneDocumentListingBoth() throws Exception {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(entry("aaa", "/archivo/a.pdf", "texto"));
            index.upsert(entry("aaa", "/copia/a.pdf", "texto"));
            assertThat(index.find("aaa").orElseThrow().paths()).containsExactly("/archivo/a.pdf", "/copia/a.pdf");
            assertThat(index.shaForPath("/copia/a.pdf")).contains("aaa");
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThat(snapshot.entries()).hasSize(1);
        }
    }

    @Test
    void removingTheLastPathDeletesTheDocumentAndItsPages() throws Exception {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(entry("aaa", "/a.pdf", "texto"));
            index.upsert(entry("aaa", "/b.pdf", "texto"));
            index.removePath("aaa", "/a.pdf");
            assertThat(index.find("aaa").orElseThrow().paths()).containsExactly("/b.pdf");
            index.removePath("aaa", "/b.pdf");
            assertThat(index.find("aaa")).isEmpty();
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThat(snapshot.searcher().getIndexReader().numDocs()).isZero();
        }
    }

    @Test
    void aFailedEntryKeepsItsReason() throws Exception {
        ArchiveDocument failed = new ArchiveDocument(
                "bbb",
                List.of("/roto.pdf"),
                DocumentStatus.FAILED,
                "encrypted document: it needs a password to be opened",
                "application/pdf",
                null,
                0,
                List.of(),
                List.of());
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(failed);
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThat(snapshot.find("bbb")).contains(failed);
            assertThat(snapshot.count(DocumentStatus.FAILED)).isEqualTo(1);
            assertThat(snapshot.count(DocumentStatus.INDEXED)).isZero();
        }
    }

    @Test
    void aFailedEntryKeepsTheCodeOfItsFailureBesideItsSentence() throws Exception {
        ArchiveDocument failed = new ArchiveDocument(
                        "bbb",
                        List.of("/roto.pdf"),
                        DocumentStatus.FAILED,
                        "damaged or truncated file: it could not be read (Page tree root must be a dictionary)",
                        "application/pdf",
                        null,
                        0,
                        List.of(),
                        List.of())
                .withFailure("CORRUPT");
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(failed);
            index.upsert(failed.withPath("/copia.pdf"));
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThat(snapshot.find("bbb").orElseThrow().failure()).isEqualTo("CORRUPT");
            assertThat(snapshot.summaries(DocumentStatus.FAILED))
                    .extracting(ArchiveDocument::failure)
                    .containsExactly("CORRUPT");
        }
    }

    @Test
    void aDocumentIsSummarizedWithoutItsTextAndItsPagesAreReadByNumber() throws Exception {
        ArchiveDocument scanned = new ArchiveDocument(
                "ccc",
                List.of("/escaneo.pdf"),
                DocumentStatus.INDEXED,
                null,
                "application/pdf",
                null,
                2,
                List.of("Rcsu1tad0s ~~ii; E1ect0ra1es", "Comisión de Organización Electoral"),
                List.of());
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(scanned);
            index.upsert(entry("aaa", "/a.pdf", "oficio IEPC/UTC/21/104 enviado"));
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThat(snapshot.summaries())
                    .containsExactly(
                            entry("aaa", "/a.pdf", "oficio IEPC/UTC/21/104 enviado")
                                    .summary(),
                            scanned.summary());
            ArchiveDocument scan = snapshot.summaries().get(1);
            assertThat(scan.pageCount()).isEqualTo(2);
            assertThat(scan.wordQuality())
                    .isEqualTo(WordQuality.of("Rcsu1tad0s ~~ii; E1ect0ra1es\nComisión de Organización Electoral"));
            assertThat(snapshot.summaries().get(0).wordQuality())
                    .as("no OCR'd page")
                    .isNull();
            assertThat(snapshot.pages("ccc", List.of(2, 3)))
                    .containsExactly(java.util.Map.entry(2, "Comisión de Organización Electoral"));
        }
    }

    @Test
    void aDocRecordWrittenBeforePageCountsIsSummarizedFromItsPages() throws Exception {
        ArchiveDocument scanned = new ArchiveDocument(
                "ccc",
                List.of("/escaneo.pdf"),
                DocumentStatus.INDEXED,
                null,
                "application/pdf",
                null,
                1,
                List.of("Rcsu1tad0s ~~ii; E1ect0ra1es qqqq"),
                List.of());
        List<org.apache.lucene.document.Document> block = EntryCodec.toBlock(scanned);
        block.get(0).removeField(IndexSchema.PAGE_COUNT);
        block.get(0).removeField(IndexSchema.WORD_QUALITY);
        try (var directory = org.apache.lucene.store.FSDirectory.open(IndexSchema.indexDir(data));
                var writer = new org.apache.lucene.index.IndexWriter(
                        directory, new org.apache.lucene.index.IndexWriterConfig(IndexSchema.analyzer()))) {
            writer.addDocuments(block);
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThat(snapshot.summaries()).containsExactly(scanned.summary());
        }
    }

    @Test
    void openingAMissingIndexSaysHowToBuildOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndexSnapshot.open(data.resolve("none")))
                .isInstanceOf(NoIndexException.class)
                .hasMessageContaining("acervo run jobs/ingest-samples.yaml");
    }

    @Test
    void aStampVouchesOnlyForTheContentItsPathHoldsAndGoesWithThePath() throws Exception {
        org.acervo.document.FileStamp stamp = new org.acervo.document.FileStamp(10, 1, 2, "1/2");
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(entry("aaa", "/archivo/a.pdf", "uno"));
            index.upsert(entry("bbb", "/archivo/b.pdf", "dos"));
            index.stamp("/archivo/a.pdf", new PathStamp("aaa", stamp));
            index.stamp("/archivo/b.pdf", new PathStamp("other-content", stamp));
            index.commit();
        }
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            // kept across a reopen, and never for a content the path does not hold
            assertThat(index.stampOf("/archivo/a.pdf")).contains(new PathStamp("aaa", stamp));
            assertThat(index.stampOf("/archivo/b.pdf")).isEmpty();

            // when the path leaves its content
            index.removePath("aaa", "/archivo/a.pdf");
            index.commit();
        }
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data);
                IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            // then its stamp is gone too, and no stamp record is read as a document or a page
            assertThat(index.stampOf("/archivo/a.pdf")).isEmpty();
            assertThat(snapshot.entries()).extracting(ArchiveDocument::sha256).containsExactly("bbb");
            assertThat(snapshot.summaries()).extracting(ArchiveDocument::sha256).containsExactly("bbb");
        }
    }

    @Test
    void aPathThatNowHoldsOtherContentLosesTheStampOfTheOld() throws Exception {
        org.acervo.document.FileStamp stamp = new org.acervo.document.FileStamp(10, 1, 2, "1/2");
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.upsert(entry("aaa", "/archivo/a.pdf", "uno"));
            index.stamp("/archivo/a.pdf", new PathStamp("aaa", stamp));

            index.upsert(entry("ccc", "/archivo/a.pdf", "tres"));

            assertThat(index.stampOf("/archivo/a.pdf")).isEmpty();
        }
    }
}
