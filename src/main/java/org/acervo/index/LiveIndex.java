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
 *
 * <p>On a cluster ({@link #of(SolrDocumentIndex)}) every request reads the Solr collection as it is, and the
 * cache lasts while the collection is unchanged: its record count and newest record version, asked of Solr
 * once per request.
 */
public final class LiveIndex implements AutoCloseable {

    /** Work done on one snapshot. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(Lease lease) throws IOException;
    }

    /** A snapshot in use by one request, with the snapshot's cache. */
    public static final class Lease {
        private final ArchiveIndex index;
        private final Map<String, Object> cache = new ConcurrentHashMap<>();

        private Lease(ArchiveIndex index) {
            this.index = index;
        }

        /** What this request reads: one commit of this machine's index, or the cluster's collection. */
        public ArchiveIndex index() {
            return index;
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

    /** The cluster's collection with the lease of its current state, when on a cluster. */
    private record SolrState(String generation, Lease lease) {}

    private final Path dataDir;
    private final SolrDocumentIndex solr;
    private FSDirectory directory;
    private SearcherManager searchers;
    private volatile SolrState solrState;

    /** This machine's index in {@code dataDir}. */
    public LiveIndex(Path dataDir) {
        this.dataDir = dataDir;
        this.solr = null;
    }

    private LiveIndex(SolrDocumentIndex solr) {
        this.dataDir = null;
        this.solr = solr;
    }

    /** A cluster's Solr collection, which this closes when it is closed. */
    public static LiveIndex of(SolrDocumentIndex solr) {
        return new LiveIndex(solr);
    }

    /**
     * Runs {@code read} on the newest committed index.
     *
     * @throws NoIndexException when there is no index yet
     */
    public <T> T read(Read<T> read) throws IOException {
        if (solr != null) {
            return read.apply(solrLease());
        }
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

    /** The lease of the collection's current state: the last one while nothing changed, else a new one. */
    private Lease solrLease() throws IOException {
        String generation = solr.generation();
        SolrState state = solrState;
        if (state == null || !state.generation().equals(generation)) {
            state = new SolrState(generation, new Lease(solr));
            solrState = state;
        }
        return state.lease();
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
        if (solr != null) {
            solr.close();
        }
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
