package org.acervo.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** A read-only, point-in-time view of the index, for search, cross-reference tables and status. */
public final class IndexSnapshot implements ArchiveIndex, AutoCloseable {

    /** Null when the snapshot is {@link #shared}: then whoever shares it closes the reader. */
    private final FSDirectory directory;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The user data of the commit read: its schema version ({@link IndexSchema#VERSION}). */
    private final Map<String, String> commitData;

    private IndexSnapshot(FSDirectory directory, DirectoryReader reader, IndexSearcher searcher) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = searcher;
        this.commitData = reader.getIndexCommit().getUserData();
    }

    /** Opens the index in a data directory; fails with a sentence for people when there is none yet. */
    public static IndexSnapshot open(Path dataDir) throws IOException {
        FSDirectory directory = directory(dataDir);
        DirectoryReader reader = DirectoryReader.open(directory);
        return new IndexSnapshot(directory, reader, new IndexSearcher(reader));
    }

    /** A snapshot over a reader someone else opened and closes ({@link LiveIndex}); closing it does nothing. */
    static IndexSnapshot shared(IndexSearcher searcher, DirectoryReader reader) throws IOException {
        return new IndexSnapshot(null, reader, searcher);
    }

    /** The directory of the index in a data directory, open; fails with a sentence for people when there is none yet. */
    static FSDirectory directory(Path dataDir) throws IOException {
        Path dir = IndexSchema.indexDir(dataDir);
        FSDirectory directory = Files.isDirectory(dir) ? FSDirectory.open(dir) : null;
        if (directory == null || !DirectoryReader.indexExists(directory)) {
            if (directory != null) {
                directory.close();
            }
            throw new NoIndexException(dataDir);
        }
        return directory;
    }

    /** True while a process (an ingest) holds the index's write lock. */
    public static boolean writerActive(Path dataDir) throws IOException {
        Path dir = IndexSchema.indexDir(dataDir);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(dir);
                org.apache.lucene.store.Lock lock =
                        directory.obtainLock(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
            return false;
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            return true;
        }
    }

    /**
     * The searcher, for reading the index by this version's fields: the doc values and points search
     * counts, groups and filters with. The doc records ({@link #summaries()}, {@link #find}) read from
     * older indexes too.
     *
     * @throws OutdatedIndexException when the index was written by another version of Acervo
     */
    public IndexSearcher searcher() {
        IndexSchema.requireCurrent(commitData);
        return searcher;
    }

    @Override
    public Optional<ArchiveDocument> find(String sha256) throws IOException {
        return EntryLookup.find(searcher, sha256);
    }

    /** A document's doc record alone, without its pages: what a search hit shows. */
    public Optional<DocRecord> record(String sha256) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.SHA256, sha256)), BooleanClause.Occur.FILTER)
                .build();
        ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
        return hits.length == 0
                ? Optional.empty()
                : Optional.of(new DocRecord(searcher.storedFields().document(hits[0].doc)));
    }

    /**
     * Every document with its pages and mentions, in path order: the whole archive's text in memory,
     * for tests and small sets; tables and {@code status} read {@link #summaries()}.
     */
    public List<ArchiveDocument> entries() throws IOException {
        Map<String, Document> docs = new HashMap<>();
        Map<String, List<Document>> pages = new HashMap<>();
        for (Document d : EntryLookup.all(searcher, new MatchAllDocsQuery())) {
            String sha = d.get(IndexSchema.SHA256);
            if (IndexSchema.KIND_DOC.equals(d.get(IndexSchema.KIND))) {
                docs.put(sha, d);
            } else if (IndexSchema.KIND_PAGE.equals(d.get(IndexSchema.KIND))) {
                pages.computeIfAbsent(sha, k -> new ArrayList<>()).add(d);
            }
        }
        List<ArchiveDocument> entries = new ArrayList<>();
        docs.forEach((sha, doc) -> entries.add(EntryCodec.fromBlock(doc, pages.getOrDefault(sha, List.of()))));
        entries.sort(java.util.Comparator.comparing(ArchiveDocument::path));
        return entries;
    }

    /**
     * Every document without its page text, in path order: what tables and {@code status} need, read
     * from the doc records alone. A record written before doc records held their page count is read
     * whole, one at a time.
     */
    @Override
    public List<ArchiveDocument> summaries() throws IOException {
        return summaries(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)));
    }

    /** The documents with this status, without their page text, in path order. */
    @Override
    public List<ArchiveDocument> summaries(DocumentStatus status) throws IOException {
        return summaries(ofStatus(status));
    }

    /** The doc records with this status. */
    private static Query ofStatus(DocumentStatus status) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.STATUS, status.label())), BooleanClause.Occur.FILTER)
                .build();
    }

    private List<ArchiveDocument> summaries(Query docRecords) throws IOException {
        List<ArchiveDocument> summaries = new ArrayList<>();
        int count = searcher.count(docRecords);
        if (count == 0) {
            return summaries;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(docRecords, count).scoreDocs) {
            Document doc = stored.document(hit.doc);
            ArchiveDocument summary = EntryCodec.summary(doc);
            if (summary == null) {
                summary = EntryLookup.find(searcher, doc.get(IndexSchema.SHA256))
                        .orElseThrow()
                        .summary();
            }
            summaries.add(summary);
        }
        summaries.sort(java.util.Comparator.comparing(ArchiveDocument::path));
        return summaries;
    }

    /**
     * The text of some pages of a document, by page number, for a table that quotes them; pages the
     * document does not have are left out.
     */
    @Override
    public Map<Integer, String> pages(String sha256, Collection<Integer> pages) throws IOException {
        Map<Integer, String> texts = new HashMap<>();
        if (pages.isEmpty()) {
            return texts;
        }
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.SHA256, sha256)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), BooleanClause.Occur.FILTER)
                .add(IntPoint.newSetQuery(IndexSchema.PAGE, pages), BooleanClause.Occur.FILTER)
                .build();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, pages.size()).scoreDocs) {
            Document page = stored.document(hit.doc, Set.of(IndexSchema.PAGE, IndexSchema.TEXT));
            texts.put(page.getField(IndexSchema.PAGE).numericValue().intValue(), page.get(IndexSchema.TEXT));
        }
        return texts;
    }

    /** Every canonical identifier on the archive's pages, sorted: what identifiers typed any way resolve against. */
    @Override
    public List<String> identifiers() throws IOException {
        return terms(IndexSchema.IDENTIFIER);
    }

    /** Every distinct value indexed in a keyword field, sorted; e.g. all canonical identifiers. */
    public List<String> terms(String field) throws IOException {
        List<String> values = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return values;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            values.add(term.utf8ToString());
        }
        return values;
    }

    /** Counts of documents by status. */
    @Override
    public int count(DocumentStatus status) throws IOException {
        return searcher.count(ofStatus(status));
    }

    @Override
    public void close() throws IOException {
        if (directory != null) {
            try (directory;
                    reader) {
                // closes both
            }
        }
    }
}
