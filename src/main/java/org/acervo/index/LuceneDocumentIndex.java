package org.acervo.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene implementation of {@link DocumentIndex}: one writer, with a near-real-time searcher so
 * that change detection sees writes not yet committed. Mutations are serialized, which keeps the
 * read-merge-write of paths correct when partitions write in parallel.
 */
public final class LuceneDocumentIndex implements DocumentIndex {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneDocumentIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    public static LuceneDocumentIndex open(Path dataDir) throws IOException {
        Path dir = IndexSchema.indexDir(dataDir);
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new LuceneDocumentIndex(directory, new IndexWriter(directory, config));
    }

    @Override
    public Optional<IndexEntry> find(String sha256) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return EntryLookup.find(searcher, sha256);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public Optional<String> shaForPath(String path) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return EntryLookup.shaForPath(searcher, path);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public java.util.Map<String, String> paths() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return EntryLookup.paths(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public synchronized void upsert(IndexEntry entry) throws IOException {
        IndexEntry merged = find(entry.sha256())
                .map(existing -> entry.withPaths(union(existing.paths(), entry.paths())))
                .orElse(entry);
        replace(merged);
    }

    @Override
    public synchronized void removePath(String sha256, String path) throws IOException {
        Optional<IndexEntry> existing = find(sha256);
        if (existing.isEmpty()) {
            return;
        }
        List<String> rest = existing.get().paths().stream().filter(p -> !p.equals(path)).toList();
        if (rest.isEmpty()) {
            writer.deleteDocuments(new Term(IndexSchema.SHA256, sha256));
            searchers.maybeRefreshBlocking();
        } else {
            replace(existing.get().withPaths(rest));
        }
    }

    private void replace(IndexEntry entry) throws IOException {
        writer.updateDocuments(new Term(IndexSchema.SHA256, entry.sha256()), EntryCodec.toBlock(entry));
        searchers.maybeRefreshBlocking();
    }

    private static List<String> union(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    @Override
    public synchronized void commit() throws IOException {
        writer.commit();
    }

    @Override
    public synchronized void close() throws IOException {
        try (directory; writer; searchers) {
            writer.commit();
        }
    }
}
