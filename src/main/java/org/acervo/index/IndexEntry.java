package org.acervo.index;

import java.util.ArrayList;
import java.util.List;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.Relation;

/**
 * One document as the index holds it: identified by its content, listed under every path that holds it.
 *
 * @param sha256       hex SHA-256 of the content: the identity
 * @param paths        every path seen with this content, sorted
 * @param status       indexed or failed
 * @param reason       why it failed, null when indexed
 * @param mediaType    detected media type, may be null
 * @param documentDate the document's own date ({@code YYYY-MM-DD}) or null
 * @param ocrPages     pages read by OCR
 * @param pages        text of each page (empty when failed)
 * @param mentions     recognized dates and identifiers
 * @param relations    identifiers that answer or cite others
 * @param events       dated actions on identifiers
 */
public record IndexEntry(
        String sha256,
        List<String> paths,
        EntryStatus status,
        String reason,
        String mediaType,
        String documentDate,
        int ocrPages,
        List<String> pages,
        List<Mention> mentions,
        List<Relation> relations,
        List<Event> events) {

    public IndexEntry {
        paths = paths.stream().distinct().sorted().toList();
        pages = List.copyOf(pages);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    /** An entry without relations or events (a failed file, or a test fixture). */
    public IndexEntry(
            String sha256,
            List<String> paths,
            EntryStatus status,
            String reason,
            String mediaType,
            String documentDate,
            int ocrPages,
            List<String> pages,
            List<Mention> mentions) {
        this(sha256, paths, status, reason, mediaType, documentDate, ocrPages, pages, mentions, List.of(), List.of());
    }

    public IndexEntry withPaths(List<String> newPaths) {
        return new IndexEntry(
                sha256,
                newPaths,
                status,
                reason,
                mediaType,
                documentDate,
                ocrPages,
                pages,
                mentions,
                relations,
                events);
    }

    /** This entry listed under one more path. */
    public IndexEntry withPath(String path) {
        List<String> all = new ArrayList<>(paths);
        all.add(path);
        return withPaths(all);
    }

    /** This entry without its page text, as {@link IndexSnapshot#summaries()} reads it back. */
    public EntrySummary summary() {
        return new EntrySummary(
                sha256,
                paths,
                status,
                reason,
                mediaType,
                documentDate,
                ocrPages,
                pages.size(),
                ocrPages > 0 ? WordQuality.of(String.join("\n", pages)) : null,
                mentions,
                relations,
                events);
    }

    /** The first path, for display. */
    public String path() {
        return paths.isEmpty() ? "" : paths.get(0);
    }
}
