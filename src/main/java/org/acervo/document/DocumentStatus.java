package org.acervo.document;

import java.util.Locale;

/** The outcome a document has in the index: its text is searchable, or it failed with a reason. */
public enum DocumentStatus {
    INDEXED,
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
