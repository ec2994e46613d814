package org.acervo.document;

import java.util.ArrayList;
import java.util.List;

/**
 * One document of the archive, as every stage shares it: identified by its content, listed under every
 * path that holds it, with what was recognized in it, and its page text when that was loaded.
 *
 * <p>Tables and {@code status} read documents without their text (the doc records alone, so that listing
 * a hundred thousand documents does not load the archive's text): then {@link #textLoaded()} is false,
 * {@link #pageCount()} and {@link #wordQuality()} still hold, and {@link #pages()} may not be asked.
 *
 * @param sha256       hex SHA-256 of the content: the identity
 * @param paths        every path seen with this content, sorted
 * @param status       indexed or failed
 * @param reason       why it failed, a sentence for people; null when indexed
 * @param failure      the stable code of the failure's kind beside that sentence ({@code CORRUPT},
 *                     {@code ENCRYPTED}…: extraction's failure names), so failures group by kind without
 *                     reading sentences; null when indexed, when no kind says the failure, or for a document
 *                     stored before codes were (its kind is then read from the sentence)
 * @param mediaType    detected media type, may be null
 * @param documentDate the document's own date ({@code YYYY-MM-DD}) or null
 * @param ocrPages     pages read by OCR
 * @param pageCount    pages of text (0 when failed)
 * @param wordQuality  when pages were OCR'd, the share of their words that look like words
 *                     ({@link WordQuality}), measured when the document was indexed; null otherwise
 * @param mentions     recognized dates and identifiers
 * @param relations    identifiers that answer or cite others
 * @param events       dated actions on identifiers
 * @param pages        text of each page (empty when failed); null when not loaded
 */
public record ArchiveDocument(
        String sha256,
        List<String> paths,
        DocumentStatus status,
        String reason,
        String failure,
        String mediaType,
        String documentDate,
        int ocrPages,
        int pageCount,
        Double wordQuality,
        List<Mention> mentions,
        List<Relation> relations,
        List<Event> events,
        List<String> pages) {

    public ArchiveDocument {
        paths = paths.stream().distinct().sorted().toList();
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        pages = pages == null ? null : List.copyOf(pages);
    }

    /** A document with its text: its page count and word quality measured on that text. */
    public ArchiveDocument(
            String sha256,
            List<String> paths,
            DocumentStatus status,
            String reason,
            String mediaType,
            String documentDate,
            int ocrPages,
            List<String> pages,
            List<Mention> mentions,
            List<Relation> relations,
            List<Event> events) {
        this(
                sha256,
                paths,
                status,
                reason,
                null,
                mediaType,
                documentDate,
                ocrPages,
                pages.size(),
                ocrPages > 0 ? WordQuality.of(String.join("\n", pages)) : null,
                mentions,
                relations,
                events,
                pages);
    }

    /** A document with its text, without relations or events (a failed file, or a test fixture). */
    public ArchiveDocument(
            String sha256,
            List<String> paths,
            DocumentStatus status,
            String reason,
            String mediaType,
            String documentDate,
            int ocrPages,
            List<String> pages,
            List<Mention> mentions) {
        this(sha256, paths, status, reason, mediaType, documentDate, ocrPages, pages, mentions, List.of(), List.of());
    }

    /** Text of each page (empty when failed). */
    @Override
    public List<String> pages() {
        if (pages == null) {
            throw new IllegalStateException("the text of document " + sha256 + " was not loaded");
        }
        return pages;
    }

    /** Whether {@link #pages()} holds the text; false for a document read without it. */
    public boolean textLoaded() {
        return pages != null;
    }

    public ArchiveDocument withPaths(List<String> newPaths) {
        return new ArchiveDocument(
                sha256,
                newPaths,
                status,
                reason,
                failure,
                mediaType,
                documentDate,
                ocrPages,
                pageCount,
                wordQuality,
                mentions,
                relations,
                events,
                pages);
    }

    /** This document listed under one more path. */
    public ArchiveDocument withPath(String path) {
        List<String> all = new ArrayList<>(paths);
        all.add(path);
        return withPaths(all);
    }

    /** This document with these page texts, its page count and word quality measured on them. */
    public ArchiveDocument withText(List<String> texts) {
        return new ArchiveDocument(
                        sha256,
                        paths,
                        status,
                        reason,
                        mediaType,
                        documentDate,
                        ocrPages,
                        texts,
                        mentions,
                        relations,
                        events)
                .withFailure(failure);
    }

    /** This document with the code of its failure's kind (see {@link #failure()}). */
    public ArchiveDocument withFailure(String code) {
        return new ArchiveDocument(
                sha256,
                paths,
                status,
                reason,
                code,
                mediaType,
                documentDate,
                ocrPages,
                pageCount,
                wordQuality,
                mentions,
                relations,
                events,
                pages);
    }

    /** This document with other mentions, relations and events (identifiers respelled, say); its text as it is. */
    public ArchiveDocument withFindings(List<Mention> newMentions, List<Relation> newRelations, List<Event> newEvents) {
        return new ArchiveDocument(
                sha256,
                paths,
                status,
                reason,
                failure,
                mediaType,
                documentDate,
                ocrPages,
                pageCount,
                wordQuality,
                newMentions,
                newRelations,
                newEvents,
                pages);
    }

    /** This document without its page text, as tables read it back from the doc records alone. */
    public ArchiveDocument summary() {
        return new ArchiveDocument(
                sha256,
                paths,
                status,
                reason,
                failure,
                mediaType,
                documentDate,
                ocrPages,
                pageCount,
                wordQuality,
                mentions,
                relations,
                events,
                null);
    }

    /** The first path, for display. */
    public String path() {
        return paths.isEmpty() ? "" : paths.get(0);
    }
}
