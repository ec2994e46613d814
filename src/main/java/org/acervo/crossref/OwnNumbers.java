package org.acervo.crossref;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.recognition.identifier.DocumentNumbers;

/**
 * Finds, for each identifier, the document that <em>is</em> it: the oficio whose own number is in its
 * heading ("Oficio No. IEPC/UTC/21/104"), the acuerdo headed "Acuerdo IEPC/CG139/2021".
 *
 * <p>Recognition decides which number is a document's own and which mentions may be it
 * ({@link DocumentNumbers}); this only reads page 1 of the indexed documents that have such a mention,
 * so tables need not read every page.
 */
public final class OwnNumbers {

    private OwnNumbers() {}

    /**
     * The identifier a document is, if its first page carries one in a heading.
     *
     * @param page the text of its first page, null when it has none
     */
    public static Optional<String> of(ArchiveDocument entry, String page) {
        if (entry.status() != DocumentStatus.INDEXED || page == null) {
            return Optional.empty();
        }
        return DocumentNumbers.of(page, entry.mentions());
    }

    /**
     * Every identifier held by the archive, with the document that is it (the first by path if several).
     * Page 1 is read only for documents with an identifier in its heading area.
     */
    static Map<String, ArchiveDocument> holders(XrefSource source) {
        Map<String, ArchiveDocument> holders = new TreeMap<>();
        for (ArchiveDocument entry : source.documents()) {
            if (entry.status() == DocumentStatus.INDEXED
                    && entry.mentions().stream().anyMatch(DocumentNumbers::mayBeOwn)) {
                of(entry, source.pages(entry, Set.of(1)).get(1)).ifPresent(id -> holders.putIfAbsent(id, entry));
            }
        }
        return holders;
    }
}
