package org.acervo.recognition;

import java.util.List;

/** Finds dates, oficios, acuerdos and circulars in a document's pages. Thread-safe. */
public final class DocumentRecognizer {

    /** @param pages the text of each page, first page first */
    public Recognition recognize(List<String> pages) {
        throw new UnsupportedOperationException("not yet written");
    }
}
