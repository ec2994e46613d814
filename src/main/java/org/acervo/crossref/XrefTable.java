package org.acervo.crossref;

import java.util.Locale;
import java.util.Optional;
import org.acervo.document.MentionType;
import org.acervo.language.BadArgument;

/** The five cross-reference tables, by the name the CLI, the page and the API use. */
public enum XrefTable {
    /** Identifier index: one row per (identifier, document), with first and last date seen. */
    INDEX,
    /** Documents × identifiers, pages in the cells. */
    MATRIX,
    /** Transitive answers/cites chains with the documents that are the identifiers. */
    CHAINS,
    /** Dated events in date order. */
    REGISTER,
    /** Documents to review. */
    QUALITY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Builds this table.
     *
     * @param type only identifiers of this type (index and matrix), or all when empty
     */
    public Table build(XrefSource source, Optional<MentionType> type) {
        return switch (this) {
            case INDEX -> IdentifierIndex.build(source, type);
            case MATRIX -> DocumentMatrix.build(source, type);
            case CHAINS -> new CorrespondenceChains(source).table();
            case REGISTER -> CorrespondenceRegister.build(source, null);
            case QUALITY -> QualityList.build(source);
        };
    }

    /** Reads a table name: index, matrix, chains, register or quality. */
    public static XrefTable parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadArgument("error.table", name);
        }
    }
}
