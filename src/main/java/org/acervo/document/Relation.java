package org.acervo.document;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A link between two identifiers stated in one sentence: {@code from} answers or cites {@code to}.
 *
 * @param from canonical identifier of the answering or citing document
 * @param to   canonical identifier answered or cited
 * @param kind answers or cites
 * @param page the page of the sentence that states it
 */
public record Relation(String from, String to, Kind kind, int page) {

    public static final Kind ANSWERS = Kind.ANSWERS;
    public static final Kind CITES = Kind.CITES;

    /** What the sentence says the first document does to the second; its key ({@code answers}) is what JSON holds. */
    public enum Kind {
        ANSWERS,
        CITES;

        /** The stable key: {@code answers}, {@code cites} (JSON, the index, message keys). */
        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Its key, as text shows it ("A answers B"). */
        @Override
        public String toString() {
            return key();
        }

        /** The kind of a key ({@code answers}); anything else is a bug in the data that named it. */
        public static Kind of(String key) {
            for (Kind kind : values()) {
                if (kind.key().equals(key)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not a relation kind: '" + key + "'");
        }
    }
}
