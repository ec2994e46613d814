package org.acervo.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The index as a long-running reader (the web server) sees it: a snapshot reopened when an ingest
 * has committed since, shared by concurrent requests and closed once the last of them is done.
 *
 * <p>Each snapshot carries a cache for what is costly to derive from it (the identifier resolver,
 * the cross-reference model), dropped with the snapshot, so derived data is never staler than the index.
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
        private final AtomicInteger users = new AtomicInteger(1);
        private volatile boolean retired;

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

        private void release() throws IOException {
            if (users.decrementAndGet() == 0 && retired) {
                snapshot.close();
            }
        }
    }

    private final Path dataDir;
    private Lease current;

    public LiveIndex(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Runs {@code read} on the newest committed index.
     *
     * @throws NoIndexException when there is no index yet
     */
    public <T> T read(Read<T> read) throws IOException {
        Lease lease = acquire();
        try {
            return read.apply(lease);
        } finally {
            lease.release();
        }
    }

    private synchronized Lease acquire() throws IOException {
        if (current != null && !current.snapshot.isCurrent()) {
            retire();
        }
        if (current == null) {
            // Starts at one user: the holder itself, released by retire().
            current = new Lease(IndexSnapshot.open(dataDir));
        }
        current.users.incrementAndGet();
        return current;
    }

    /** Stops handing out the current snapshot; it closes when its last user is done. */
    private void retire() throws IOException {
        Lease old = current;
        current = null;
        old.retired = true;
        old.release();
    }

    @Override
    public synchronized void close() throws IOException {
        if (current != null) {
            retire();
        }
    }
}
