package org.acervo.index;

import java.io.IOException;
import java.util.Optional;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;

/**
 * Where the ingest job writes documents. The one seam to swap Lucene for a distributed engine
 * (OpenSearch, Solr) when an archive outgrows a machine. Implementations are thread-safe.
 */
public interface DocumentIndex extends AutoCloseable {

    /** The entry with this content, if indexed, whatever its status. */
    Optional<ArchiveDocument> find(String sha256) throws IOException;

    /** The content currently indexed under this path, if any. */
    Optional<String> shaForPath(String path) throws IOException;

    /**
     * Why the document with this content failed, when it did; empty for an indexed or unknown one.
     * Cheap (kept in memory): an unchanged re-run asks it of every file.
     */
    default Optional<String> failureReason(String sha256) throws IOException {
        return find(sha256).filter(e -> e.status() == DocumentStatus.FAILED).map(ArchiveDocument::reason);
    }

    /**
     * Adds or replaces an entry. When the same content is already indexed its paths are merged, so
     * identical files under two paths stay one document.
     */
    void upsert(ArchiveDocument entry) throws IOException;

    /** Unlists a path from a content; the content is deleted when no path is left. */
    void removePath(String sha256, String path) throws IOException;

    /** Every indexed path with the content it holds, for pruning files that are gone. */
    java.util.Map<String, String> paths() throws IOException;

    /**
     * The indexed paths that start with {@code prefix}, with the content each holds, in path order: the
     * members of a container ({@code correo.eml!/}). Costs in proportion to the paths found, not to the index.
     */
    java.util.SortedMap<String, String> pathsStartingWith(String prefix) throws IOException;

    /** Makes every change so far durable. */
    void commit() throws IOException;

    /**
     * The stamp recorded for a path's file, when the path still holds the content it was recorded with.
     * Cheap (kept in memory): a re-run asks it of every file.
     */
    default Optional<PathStamp> stampOf(String path) throws IOException {
        return Optional.empty();
    }

    /**
     * Records the stamp of a path's file with the content read from it, durable at the next commit. Ignored
     * when the path does not hold that content (any more): a stamp never vouches for another content.
     */
    default void stamp(String path, PathStamp stamp) throws IOException {}

    /**
     * Makes every change durable, the merges running in the background included, so that closing the
     * index writes no other commit: the last commit is then the one a finished run leaves.
     */
    default void commitSettled() throws IOException {
        commit();
    }

    @Override
    void close() throws IOException;
}
