package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.acervo.document.DocumentStatus;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema version every commit carries, and the one check of it for writing and for searching. */
class SchemaVersionTest {

    @TempDir
    Path data;

    @Test
    void aNewIndexCarriesThisVersionInEveryCommit() throws Exception {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.commit();
        }
        appendOneRecord();
        try (FSDirectory dir = FSDirectory.open(IndexSchema.indexDir(data))) {
            assertThat(SegmentInfos.readLatestCommit(dir).getUserData()).isEqualTo(IndexSchema.commitData());
        }
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThat(snapshot.searcher()).isNotNull();
        }
        try (LuceneDocumentIndex reopened = LuceneDocumentIndex.open(data)) {
            assertThat(reopened.paths()).isEmpty();
        }
    }

    @Test
    void anIndexWithoutThisVersionIsRefusedForWritingAndSearchingAndLeftAsItWas() throws Exception {
        appendOneRecord();
        long generation;
        try (FSDirectory dir = FSDirectory.open(IndexSchema.indexDir(data))) {
            generation = SegmentInfos.readLatestCommit(dir).getGeneration();
        }
        assertThatThrownBy(() -> LuceneDocumentIndex.open(data))
                .isInstanceOf(OutdatedIndexException.class)
                .hasMessageContaining("delete data/index and run the ingest again");
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            assertThatThrownBy(snapshot::searcher).isInstanceOf(OutdatedIndexException.class);
            assertThat(snapshot.count(DocumentStatus.INDEXED))
                    .as("doc records still read")
                    .isZero();
        }
        try (FSDirectory dir = FSDirectory.open(IndexSchema.indexDir(data))) {
            assertThat(SegmentInfos.readLatestCommit(dir).getGeneration()).isEqualTo(generation);
            assertThat(SegmentInfos.readLatestCommit(dir).getUserData()).isEmpty();
        }
    }

    /** A record written straight with Lucene, as an older Acervo (or this one, through its own writer) would. */
    private void appendOneRecord() throws Exception {
        try (FSDirectory dir = FSDirectory.open(IndexSchema.indexDir(data));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
            // of no kind: no search, table or lookup reads it
            Document record = new Document();
            record.add(new StoredField(IndexSchema.REASON, "a record"));
            writer.addDocument(record);
        }
    }
}
