package org.acervo.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The index as a long-running reader (the web server) sees it: a snapshot reopened when an ingest
 * has committed since, shared by concurrent requests and closed once the last of them is done.
 *
 * <p>Lucene's {@link SearcherManager} does the sharing: it reopens the reader after a commit (by
 * another process, so from the directory) and counts its users. Each reader's searcher carries a
 * cache for what is costly to derive from it (the identifier resolver, the cross-reference model),
 * dropped with the reader, so derived data is never staler than the index.
 */
public final class LiveIndex implements AutoCloseable {

    /** Work done on one snapshot. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(Lease lease) throws IOException;
    }

    /** A snapshot in use by one request, with the snapshot's cache. */
    public static final class Lease {
        private final IndexSnapshot snapshot;
        private final Map<String, Object> cache = new ConcurrentHashMap<>();

        private Lease(IndexSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        public IndexSnapshot snapshot() {
            return snapshot;
        }

        /** The value cached under {@code key} for this snapshot, computed once. */
        @SuppressWarnings("unchecked")
        public <T> T cached(String key, Read<T> compute) throws IOException {
            Object value = cache.get(key);
            if (value == null) {
                value = compute.apply(this);
                cache.putIfAbsent(key, value);
            }
            return (T) value;
        }
    }

    /** A reader's searcher with the lease every request on that reader shares: built once per reader. */
    private static final class LeasedSearcher extends IndexSearcher {
        private final Lease lease;

        private LeasedSearcher(IndexReader reader) throws IOException {
            super(reader);
            this.lease = new Lease(IndexSnapshot.shared(this, (DirectoryReader) reader));
        }
    }

    private final Path dataDir;
    private FSDirectory directory;
    private SearcherManager searchers;

    public LiveIndex(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Runs {@code read} on the newest committed index.
     *
     * @throws NoIndexException when there is no index yet
     */
    public <T> T read(Read<T> read) throws IOException {
        SearcherManager manager = searchers();
        // Blocking: a request that comes after a commit sees it, even while another request reopens.
        manager.maybeRefreshBlocking();
        IndexSearcher searcher = manager.acquire();
        try {
            return read.apply(((LeasedSearcher) searcher).lease);
        } finally {
            manager.release(searcher);
        }
    }

    /** Opens the index at the first read that finds one: the server may start before the first ingest. */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            FSDirectory opened = IndexSnapshot.directory(dataDir);
            try {
                searchers = new SearcherManager(opened, new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                        return new LeasedSearcher(reader);
                    }
                });
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
            directory = opened;
        }
        return searchers;
    }

    /** Stops handing out snapshots; the current one closes when its last user is done. */
    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            SearcherManager closing = searchers;
            FSDirectory closingDirectory = directory;
            searchers = null;
            directory = null;
            try (closingDirectory;
                    closing) {
                // the manager first, then its directory
            }
        }
    }
}
