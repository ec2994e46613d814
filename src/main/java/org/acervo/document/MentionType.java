package org.acervo.document;

import java.util.Locale;

/** What a recognized mention is: a date or one of the identifier kinds an archive cross-references. */
public enum MentionType {
    DATE,
    OFICIO,
    ACUERDO,
    CIRCULAR,
    EXPEDIENTE;

    /** The lower-case name used in JSON, CSV and the index. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isIdentifier() {
        return this != DATE;
    }

    public static MentionType fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
