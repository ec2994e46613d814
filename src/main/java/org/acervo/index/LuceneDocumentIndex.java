package org.acervo.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene implementation of {@link DocumentIndex}: one writer shared by all partitions.
 *
 * <p>Change detection asks "which content is at this path?" and "is this content known?" once per
 * file; answering from a near-real-time searcher meant reopening it after every write, which
 * serialized the workers. The path and content maps are therefore kept in memory (loaded at open,
 * a few megabytes for a hundred thousand documents) and the searcher is refreshed only for the rare
 * reads of whole entries. Mutations are serialized so that merging paths stays correct.
 *
 * <p>The path map is sorted, so the members of a container ({@code archivo.zip!/…}) are one range of
 * it: unlisting a changed container's members costs its members, not the archive.
 */
public final class LuceneDocumentIndex implements DocumentIndex {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ConcurrentNavigableMap<String, String> shaByPath = new ConcurrentSkipListMap<>();
    private final Map<String, Set<String>> pathsBySha = new ConcurrentHashMap<>();
    /** Why each failed document failed, by content hash: asked of every file of a re-run, so kept in memory. */
    private final Map<String, String> failureBySha = new ConcurrentHashMap<>();
    /** Each input file's stamp with the content it was read as: asked of every file of a re-run, so kept in memory. */
    private final Map<String, PathStamp> stampByPath = new ConcurrentHashMap<>();

    private volatile boolean stale;

    private LuceneDocumentIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        IndexSearcher searcher = searchers.acquire();
        try {
            EntryLookup.paths(searcher).forEach(this::remember);
            failureBySha.putAll(EntryLookup.failures(searcher));
            stampByPath.putAll(EntryLookup.stamps(searcher));
        } finally {
            searchers.release(searcher);
        }
    }

    public static LuceneDocumentIndex open(Path dataDir) throws IOException {
        Path dir = IndexSchema.indexDir(dataDir);
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // The job commits every chunk (a few files) so that a crash loses nothing. By default each
                // commit waited up to 500 ms for merges of the tiny segments it had just flushed, and packed
                // each into a compound file: 75 commits cost 40 s of a 53 s run over 300 PDFs. Merges now run
                // in the background, and segments are packed when merged.
                .setMaxFullFlushMergeWaitMillis(0)
                .setUseCompoundFile(false);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            claim(writer);
            return new LuceneDocumentIndex(directory, writer);
        } catch (IOException | RuntimeException e) {
            try (directory) {
                writer.rollback();
            }
            throw e;
        }
    }

    /**
     * Writes only into an index of this schema: a new one (or one without documents) takes this
     * {@link IndexSchema#VERSION}, which Lucene then keeps in every commit's user data; an index written
     * by another version is refused, since its fields would not take these documents or would mix two schemas.
     */
    private static void claim(IndexWriter writer) {
        Map<String, String> commitData = new HashMap<>();
        if (writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> commitData.put(e.getKey(), e.getValue()));
        }
        if (writer.getDocStats().maxDoc == 0 && !IndexSchema.isCurrent(commitData)) {
            writer.setLiveCommitData(IndexSchema.commitData().entrySet());
        } else {
            IndexSchema.requireCurrent(commitData);
        }
    }

    @Override
    public Optional<ArchiveDocument> find(String sha256) throws IOException {
        if (!pathsBySha.containsKey(sha256)) {
            return Optional.empty();
        }
        if (stale) {
            stale = false;
            searchers.maybeRefreshBlocking();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return EntryLookup.find(searcher, sha256);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public Optional<String> failureReason(String sha256) {
        return Optional.ofNullable(failureBySha.get(sha256));
    }

    @Override
    public Optional<String> shaForPath(String path) {
        return Optional.ofNullable(shaByPath.get(path));
    }

    @Override
    public Optional<PathStamp> stampOf(String path) {
        PathStamp stamp = stampByPath.get(path);
        return stamp != null && stamp.sha256().equals(shaByPath.get(path)) ? Optional.of(stamp) : Optional.empty();
    }

    @Override
    public synchronized void stamp(String path, PathStamp stamp) throws IOException {
        if (!stamp.sha256().equals(shaByPath.get(path)) || stamp.equals(stampByPath.get(path))) {
            return;
        }
        writer.updateDocument(new Term(IndexSchema.STAMP_PATH, path), EntryCodec.stampRecord(path, stamp));
        stampByPath.put(path, stamp);
    }

    /** A path that leaves its content loses its stamp in the same commit. */
    private void unstamp(String path) throws IOException {
        if (stampByPath.remove(path) != null) {
            writer.deleteDocuments(new Term(IndexSchema.STAMP_PATH, path));
        }
    }

    @Override
    public Map<String, String> paths() {
        return new TreeMap<>(shaByPath);
    }

    @Override
    public SortedMap<String, String> pathsStartingWith(String prefix) {
        SortedMap<String, String> found = new TreeMap<>();
        for (Map.Entry<String, String> path : shaByPath.tailMap(prefix).entrySet()) {
            if (!path.getKey().startsWith(prefix)) {
                break;
            }
            found.put(path.getKey(), path.getValue());
        }
        return found;
    }

    @Override
    public synchronized void upsert(ArchiveDocument entry) throws IOException {
        Set<String> known = pathsBySha.getOrDefault(entry.sha256(), Set.of());
        replace(entry.withPaths(
                Stream.concat(known.stream(), entry.paths().stream()).distinct().toList()));
    }

    @Override
    public synchronized void removePath(String sha256, String path) throws IOException {
        Optional<ArchiveDocument> existing = find(sha256);
        if (existing.isEmpty()) {
            return;
        }
        List<String> rest =
                existing.get().paths().stream().filter(p -> !p.equals(path)).toList();
        unstamp(path);
        if (rest.isEmpty()) {
            writer.deleteDocuments(new Term(IndexSchema.SHA256, sha256));
            pathsBySha.remove(sha256);
            failureBySha.remove(sha256);
            shaByPath.remove(path);
            stale = true;
        } else {
            replace(existing.get().withPaths(rest));
        }
    }

    private void replace(ArchiveDocument entry) throws IOException {
        writer.updateDocuments(new Term(IndexSchema.SHA256, entry.sha256()), EntryCodec.toBlock(entry));
        Set<String> old = pathsBySha.getOrDefault(entry.sha256(), Set.of());
        for (String path : old) {
            if (!entry.paths().contains(path)) {
                shaByPath.remove(path);
                unstamp(path);
            }
        }
        pathsBySha.put(entry.sha256(), new HashSet<>(entry.paths()));
        for (String path : entry.paths()) {
            if (!entry.sha256().equals(shaByPath.get(path))) {
                unstamp(path);
            }
            remember(path, entry.sha256());
        }
        if (entry.status() == DocumentStatus.FAILED) {
            failureBySha.put(entry.sha256(), entry.reason() == null ? "" : entry.reason());
        } else {
            failureBySha.remove(entry.sha256());
        }
        stale = true;
    }

    private void remember(String path, String sha256) {
        shaByPath.put(path, sha256);
        pathsBySha.computeIfAbsent(sha256, k -> ConcurrentHashMap.newKeySet()).add(path);
    }

    @Override
    public synchronized void commit() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    /** A merge that finished is one more change to commit, and committing may start another: a few rounds settle it. */
    @Override
    public synchronized void commitSettled() throws IOException {
        for (int round = 0; round < 3; round++) {
            if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
                merges.sync();
            }
            commit();
            if (!writer.hasUncommittedChanges()) {
                return;
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try (directory;
                writer;
                searchers) {
            commit();
        }
    }
}
