package org.acervo.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a recognized mention is: a date or one of the identifier kinds an archive cross-references. */
public enum MentionType {
    DATE,
    OFICIO,
    ACUERDO,
    CIRCULAR,
    EXPEDIENTE;

    /** The lower-case name used in JSON, CSV and the index. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isIdentifier() {
        return this != DATE;
    }

    @JsonCreator
    public static MentionType fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
