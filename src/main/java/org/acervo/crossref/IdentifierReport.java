package org.acervo.crossref;

import java.util.List;
import java.util.Optional;

import org.acervo.index.IndexEntry;

/**
 * Everything the archive knows about one identifier: where it is mentioned, its chains, its
 * timeline and the document that is it.
 *
 * @param identifier canonical identifier
 * @param type       oficio, acuerdo, circular or expediente; empty when nothing mentions it
 * @param heldIn     the document that is this identifier, when the archive holds it
 * @param mentions   the identifier index rows for it: documents, pages, context
 * @param chains     chains starting or ending at it
 * @param timeline   its dated events in date order
 */
public record IdentifierReport(String identifier, String type, Optional<IndexEntry> heldIn, Table mentions,
                               Table chains, Table timeline) {

    /** Builds the report from every entry of the index. */
    public static IdentifierReport of(String identifier, List<IndexEntry> entries) {
        Table all = IdentifierIndex.build(entries, Optional.empty());
        Table.Builder mine = new Table.Builder("index", "Documents that mention " + identifier, all.header());
        String type = "";
        for (int i = 0; i < all.rows().size(); i++) {
            List<String> row = all.rows().get(i);
            if (row.get(0).equals(identifier)) {
                mine.row(all.docIds().get(i), row);
                type = row.get(1);
            }
        }
        CorrespondenceChains chains = new CorrespondenceChains(entries);
        return new IdentifierReport(identifier, type, Optional.ofNullable(chains.holder(identifier)), mine.build(),
                chains.tableFor(identifier), CorrespondenceRegister.build(entries, identifier));
    }

    /** Whether the archive says anything about it. */
    public boolean known() {
        return !mentions.rows().isEmpty() || !chains.rows().isEmpty() || !timeline.rows().isEmpty() || heldIn.isPresent();
    }
}
