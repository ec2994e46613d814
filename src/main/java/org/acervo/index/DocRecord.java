package org.acervo.index;

import java.util.Arrays;
import java.util.List;
import org.acervo.document.Mention;
import org.apache.lucene.document.Document;

/**
 * A document's doc record read alone, as a search hit shows it: its paths and date at once, its
 * mentions decoded only when asked (a snippet that marks an identifier the text search did not find).
 * Neither its pages nor its JSON are read for the hits that do not need them.
 */
public final class DocRecord {

    private final Document doc;
    private List<Mention> mentions;

    DocRecord(Document doc) {
        this.doc = doc;
    }

    /** Hex SHA-256 of the content: the identity. */
    public String sha256() {
        return doc.get(IndexSchema.SHA256);
    }

    /** Every path seen with this content, sorted. */
    public List<String> paths() {
        return Arrays.stream(doc.getValues(IndexSchema.PATH))
                .distinct()
                .sorted()
                .toList();
    }

    /** The first path, for display. */
    public String path() {
        List<String> paths = paths();
        return paths.isEmpty() ? "" : paths.get(0);
    }

    /** The document's own date ({@code YYYY-MM-DD}) or null. */
    public String documentDate() {
        return doc.get(IndexSchema.DOCUMENT_DATE);
    }

    /** Recognized dates and identifiers, decoded at the first call. */
    public List<Mention> mentions() {
        if (mentions == null) {
            mentions = EntryCodec.mentions(doc);
        }
        return mentions;
    }
}
