package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web server's view of the index: the newest commit, one cache per snapshot, a snapshot alive while read. */
class LiveIndexTest {

    @TempDir
    Path data;

    @Test
    void beforeTheFirstIngestItSaysThereIsNoIndexAndLaterFindsOne() throws Exception {
        try (LiveIndex live = new LiveIndex(data)) {
            assertThatThrownBy(() -> live.read(lease -> lease.index())).isInstanceOf(NoIndexException.class);
            try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
                index.commit();
            }
            int records = live.read(lease ->
                    ((IndexSnapshot) lease.index()).searcher().getIndexReader().maxDoc());
            assertThat(records).isZero();
        }
    }

    @Test
    void aReadAfterACommitSeesItAndComputesItsCacheAgainOnce() throws Exception {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.commit();
        }
        AtomicInteger computed = new AtomicInteger();
        try (LiveIndex live = new LiveIndex(data)) {
            LiveIndex.Read<Integer> records = lease -> lease.cached("records", l -> {
                computed.incrementAndGet();
                return ((IndexSnapshot) l.index()).searcher().getIndexReader().numDocs();
            });
            assertThat((int) live.read(records)).isZero();
            assertThat((int) live.read(records)).isZero();
            assertThat(computed).hasValue(1);

            appendOneRecord();

            assertThat((int) live.read(records)).isEqualTo(1);
            assertThat((int) live.read(records)).isEqualTo(1);
            assertThat(computed).hasValue(2);
        }
    }

    @Test
    void aSnapshotInUseStaysOpenAcrossACommit() throws Exception {
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data)) {
            index.commit();
        }
        try (LiveIndex live = new LiveIndex(data)) {
            int seen = live.read(lease -> {
                appendOneRecord();
                // a request that starts meanwhile sees the commit; this one keeps its snapshot
                int newer = live.read(l ->
                        ((IndexSnapshot) l.index()).searcher().getIndexReader().numDocs());
                assertThat(newer).isEqualTo(1);
                return ((IndexSnapshot) lease.index())
                        .searcher()
                        .getIndexReader()
                        .numDocs();
            });
            assertThat(seen).isZero();
        }
    }

    private void appendOneRecord() throws java.io.IOException {
        try (FSDirectory dir = FSDirectory.open(IndexSchema.indexDir(data));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
            // of no kind: no search, table or lookup reads it
            Document record = new Document();
            record.add(new StoredField(IndexSchema.REASON, "a record"));
            writer.addDocument(record);
        }
    }
}
