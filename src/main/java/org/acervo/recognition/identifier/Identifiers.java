package org.acervo.recognition.identifier;

import java.util.Optional;

/**
 * Entry point for code outside recognition that needs a document number in the form the index stores.
 *
 * <p>Search uses it on the user's query: {@code canonical(" ine / unicom / 4547 / 2021 ")} gives
 * {@code INE/UNICOM/4547/2021}, so the query finds the mention however it was typed.
 */
public final class Identifiers {

    private Identifiers() {}

    /**
     * The canonical form (upper case, no whitespace) if the whole trimmed text is one document
     * number as described on {@link Identifier}; empty for anything else, including null.
     */
    public static Optional<String> canonical(String text) {
        return Identifier.tryParse(text).map(Identifier::value);
    }

    /**
     * The key under which spellings of one number meet in search: the usual attached form
     * ({@code INE/CG/312/2016} and {@code INE/CG312/2016} meet) without the INE or IFE body before
     * the council's own series ({@code IFE/CG112/2010} meets the IFE's own {@code CG112/2010}).
     * Text that is not a number is returned as it is.
     */
    public static String searchKey(String text) {
        Optional<Identifier> id = Identifier.tryParse(text);
        if (id.isEmpty()) {
            return text;
        }
        String attached = id.get().attachedForm();
        String[] parts = attached.split("/");
        if (parts.length == 3
                && (parts[0].equals("INE") || parts[0].equals("IFE"))
                && Identifier.tryParse(parts[1] + "/" + parts[2]).isPresent()) {
            return parts[1] + "/" + parts[2];
        }
        return attached;
    }

    /**
     * The issuing body of a canonical number ({@code INE} of {@code INE/UNICOM/4547/2021}); empty for
     * a number that names none: the IFE's {@code CG112/2010}, a bare {@code 203/2009}, a tribunal's
     * case number {@code SUP-RAP-123/2021} (a court, not an issuing body).
     */
    public static Optional<String> issuer(String canonical) {
        return Identifier.tryParse(canonical).flatMap(Identifier::issuer);
    }
}
