package org.acervo.recognition;

import java.util.Optional;

/**
 * Entry point for code outside recognition that needs a document number in the form the index stores.
 *
 * <p>Search uses it on the user's query: {@code canonical(" ine / unicom / 4547 / 2021 ")} gives
 * {@code INE/UNICOM/4547/2021}, so the query finds the mention however it was typed.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * The canonical form (upper case, no whitespace) if the whole trimmed text is one document
     * number as described on {@link Identifier}; empty for anything else, including null.
     */
    public static Optional<String> canonical(String text) {
        return Identifier.tryParse(text).map(Identifier::value);
    }
}
