package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.FileStamp;
import org.acervo.extraction.ExtractionFailure;
import org.acervo.index.CommitStamp;
import org.acervo.index.DocumentIndex;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.index.PathStamp;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

class IndexItemWriterTest {

    @TempDir
    Path data;

    private static ArchiveDocument entry(String sha, String... paths) {
        return new ArchiveDocument(
                sha,
                List.of(paths),
                DocumentStatus.INDEXED,
                null,
                "text/plain",
                null,
                0,
                List.of("texto de " + sha),
                List.of());
    }

    @Test
    void aChangedContainerLosesExactlyItsOldMembersAndNothingThatMerelyStartsLikeIt() throws Exception {
        try (LuceneDocumentIndex lucene = LuceneDocumentIndex.open(data)) {
            // given an archive with members, a member of a member, and neighbours whose paths start alike
            lucene.upsert(entry("zip-old", "/in/a.zip"));
            lucene.upsert(entry("x", "/in/a.zip!/x.pdf", "/in/a.zip2!/x.pdf"));
            lucene.upsert(entry("inner", "/in/a.zip!/b.zip"));
            lucene.upsert(entry("nested", "/in/a.zip!/b.zip!/c.pdf"));
            lucene.upsert(entry("zip2", "/in/a.zip2"));
            lucene.upsert(entry("bang", "/in/a.zip!x"));
            lucene.upsert(entry("bak", "/in/a.zip.bak"));
            lucene.upsert(entry("short", "/in/a.zi"));
            lucene.commit();
            IndexItemWriter writer = new IndexItemWriter(
                    new NoFullScans(lucene), new ProgressLine(new PrintStream(OutputStream.nullOutputStream())));

            // when the archive changes and now holds one other member
            writer.write(Chunk.of(new FileOutcome(
                    "/in/a.zip",
                    FileOutcome.Result.INDEXED,
                    entry("zip-new", "/in/a.zip"),
                    "zip-old",
                    List.of(entry("y", "/in/a.zip!/y.pdf")))));

            // then its old members are gone, the new one is listed, and the neighbours are untouched
            assertThat(lucene.paths())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "/in/a.zip",
                            "zip-new",
                            "/in/a.zip!/y.pdf",
                            "y",
                            "/in/a.zip2!/x.pdf",
                            "x",
                            "/in/a.zip2",
                            "zip2",
                            "/in/a.zip!x",
                            "bang",
                            "/in/a.zip.bak",
                            "bak",
                            "/in/a.zi",
                            "short"));
            assertThat(lucene.find("x").orElseThrow().paths()).containsExactly("/in/a.zip2!/x.pdf");
            assertThat(lucene.find("inner")).isEmpty();
            assertThat(lucene.find("nested")).isEmpty();
            assertThat(lucene.find("zip-old")).isEmpty();
        }
    }

    @Test
    void pathsStartingWithIsTheRangeOfThePrefixAlsoAfterReopening() throws Exception {
        try (LuceneDocumentIndex lucene = LuceneDocumentIndex.open(data)) {
            lucene.upsert(entry("a", "/in/a.eml"));
            lucene.upsert(entry("b", "/in/a.eml!/b.pdf"));
            lucene.upsert(entry("c", "/in/a.eml!/c/d.pdf"));
            lucene.upsert(entry("e", "/in/a.eml2!/b.pdf"));
        }
        try (LuceneDocumentIndex lucene = LuceneDocumentIndex.open(data)) {
            assertThat(lucene.pathsStartingWith("/in/a.eml!/"))
                    .containsExactly(Map.entry("/in/a.eml!/b.pdf", "b"), Map.entry("/in/a.eml!/c/d.pdf", "c"));
            assertThat(lucene.pathsStartingWith("/in/z")).isEmpty();
        }
    }

    @Test
    void aFileWithoutPermissionIsRecordedSayingSoAndIsReadAgainOnTheNextRun() throws Exception {
        // given a file the ingest was refused (root is refused nothing, so the refusal is handed over as Java gives it)
        Path locked = data.resolve("reservado.pdf");
        try (LuceneDocumentIndex lucene = LuceneDocumentIndex.open(data)) {
            IndexItemWriter writer =
                    new IndexItemWriter(lucene, new ProgressLine(new PrintStream(OutputStream.nullOutputStream())));

            // when
            writer.onSkipInProcess(locked, new AccessDeniedException(locked.toString()));

            // then the reason says what happened rather than the path again, and it is a failure tried again
            ArchiveDocument entry =
                    lucene.find(lucene.paths().get(locked.toString())).orElseThrow();
            assertThat(entry.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(entry.reason()).isEqualTo("the file could not be opened (permission denied)");
            assertThat(ExtractionFailure.isRetried(entry.reason())).isTrue();
        }
    }

    @Test
    void aChunkThatOnlyStampsUnchangedFilesWaitsForTheNextCommitThatWritesADocument() throws Exception {
        try (LuceneDocumentIndex lucene = LuceneDocumentIndex.open(data)) {
            lucene.upsert(entry("a", "/in/a.pdf"));
            lucene.commit();
            Optional<FileStamp> committed = CommitStamp.of(data);
            IndexItemWriter writer =
                    new IndexItemWriter(lucene, new ProgressLine(new PrintStream(OutputStream.nullOutputStream())));
            PathStamp touched = new PathStamp("a", new FileStamp(7, 1, 2, "3/4"));

            // when a chunk finds a touched file unchanged
            writer.write(Chunk.of(
                    new FileOutcome("/in/a.pdf", FileOutcome.Result.UNCHANGED, null, null, List.of(), touched)));

            // then its new stamp is kept but not committed on its own
            assertThat(lucene.stampOf("/in/a.pdf")).contains(touched);
            assertThat(CommitStamp.of(data)).isEqualTo(committed);

            // and the next chunk that writes a document commits it too
            writer.write(
                    Chunk.of(new FileOutcome("/in/b.pdf", FileOutcome.Result.INDEXED, entry("b", "/in/b.pdf"), null)));
            assertThat(CommitStamp.of(data)).isNotEqualTo(committed);
            try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
                assertThat(snapshot.searcher().count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_STAMP))))
                        .isEqualTo(1);
            }
        }
    }

    /** The index as the writer must use it: by path ranges, never by copying every path of the archive. */
    private record NoFullScans(DocumentIndex index) implements DocumentIndex {

        @Override
        public Map<String, String> paths() {
            throw new AssertionError("a changed container must not read every path of the index");
        }

        @Override
        public SortedMap<String, String> pathsStartingWith(String prefix) throws IOException {
            return index.pathsStartingWith(prefix);
        }

        @Override
        public Optional<ArchiveDocument> find(String sha256) throws IOException {
            return index.find(sha256);
        }

        @Override
        public Optional<String> shaForPath(String path) throws IOException {
            return index.shaForPath(path);
        }

        @Override
        public void upsert(ArchiveDocument entry) throws IOException {
            index.upsert(entry);
        }

        @Override
        public void removePath(String sha256, String path) throws IOException {
            index.removePath(sha256, path);
        }

        @Override
        public void commit() throws IOException {
            index.commit();
        }

        @Override
        public void close() {
            // the test closes the real index
        }
    }
}
