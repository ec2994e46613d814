package org.acervo.index;

import java.util.Locale;

/** The outcome a document has in the index: its text is searchable, or it failed with a reason. */
public enum EntryStatus {
    INDEXED,
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
