package org.acervo.recognition;

import java.util.Optional;

/** TEMPORARY placeholder until the recognition package lands. */
public final class Identifiers {
    private Identifiers() {
    }

    public static Optional<String> canonical(String text) {
        String t = text.strip().replaceAll("\\s+", "").toUpperCase();
        return t.matches("[A-Z]{2,10}(/[A-Z0-9-]+){2,6}") ? Optional.of(t) : Optional.empty();
    }
}
