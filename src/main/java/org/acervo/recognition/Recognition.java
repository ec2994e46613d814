package org.acervo.recognition;

import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.Relation;

/**
 * What the recognizers found in one document.
 *
 * @param documentDate   the document's own date (cover or heading) as {@code YYYY-MM-DD}, or null
 * @param documentNumber the document's own number (its heading {@code Oficio No. …}, {@code ACUERDO …}), or null
 * @param mentions     every mention in page order, then offset order
 * @param relations    which identifier answers or cites which, from sentences that say so
 * @param events       dated actions on identifiers (sent, received, approved), for the correspondence register
 */
public record Recognition(
        String documentDate,
        String documentNumber,
        List<Mention> mentions,
        List<Relation> relations,
        List<Event> events) {

    public Recognition {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    /**
     * The indexed document whose pages this recognition read: the content's identity, the path it was read
     * from, its type and how many pages OCR read, with the date, mentions, relations and events found.
     */
    public ArchiveDocument indexed(String sha256, String path, String mediaType, int ocrPages, List<String> pages) {
        return new ArchiveDocument(
                sha256,
                List.of(path),
                DocumentStatus.INDEXED,
                null,
                mediaType,
                documentDate,
                ocrPages,
                pages,
                mentions,
                relations,
                events);
    }

    /** A recognition without relations or events. */
    public Recognition(String documentDate, List<Mention> mentions) {
        this(documentDate, null, mentions, List.of(), List.of());
    }
}
