package org.acervo.index;

import java.util.List;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.Relation;

/**
 * One document as tables and {@code status} need it: an {@link IndexEntry} without its page text,
 * read from the doc record alone, so that listing a hundred thousand documents does not load the
 * archive's text.
 *
 * @param sha256       hex SHA-256 of the content: the identity
 * @param paths        every path seen with this content, sorted
 * @param status       indexed or failed
 * @param reason       why it failed, null when indexed
 * @param mediaType    detected media type, may be null
 * @param documentDate the document's own date ({@code YYYY-MM-DD}) or null
 * @param ocrPages     pages read by OCR
 * @param pageCount    pages of text (0 when failed)
 * @param wordQuality  when pages were OCR'd, the share of their words that look like words
 *                     ({@link WordQuality}), measured when the document was indexed; null otherwise
 * @param mentions     recognized dates and identifiers
 * @param relations    identifiers that answer or cite others
 * @param events       dated actions on identifiers
 */
public record EntrySummary(
        String sha256,
        List<String> paths,
        EntryStatus status,
        String reason,
        String mediaType,
        String documentDate,
        int ocrPages,
        int pageCount,
        Double wordQuality,
        List<Mention> mentions,
        List<Relation> relations,
        List<Event> events) {

    public EntrySummary {
        paths = paths.stream().distinct().sorted().toList();
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    /** The first path, for display. */
    public String path() {
        return paths.isEmpty() ? "" : paths.get(0);
    }
}
