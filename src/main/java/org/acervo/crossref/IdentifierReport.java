package org.acervo.crossref;

import java.util.Optional;
import org.acervo.document.ArchiveDocument;

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
 * @param tree       its chains as two indented trees: what it answers or cites, what answers or cites it
 */
public record IdentifierReport(
        String identifier,
        String type,
        Optional<ArchiveDocument> heldIn,
        Table mentions,
        Table chains,
        Table timeline,
        ChainTree tree) {

    /** Builds the report from every document of the index; text is read only for its own rows. */
    public static IdentifierReport of(String identifier, XrefSource source) {
        Table mine = IdentifierIndex.of(source, identifier);
        String type = mine.rows().isEmpty()
                ? ""
                : mine.rows().get(mine.rows().size() - 1).get(1);
        CorrespondenceChains chains = new CorrespondenceChains(source);
        return new IdentifierReport(
                identifier,
                type,
                Optional.ofNullable(chains.holder(identifier)),
                mine,
                chains.tableFor(identifier),
                CorrespondenceRegister.build(source, identifier),
                ChainTree.of(identifier, chains));
    }

    /** Whether the archive says anything about it. */
    public boolean known() {
        return !mentions.rows().isEmpty()
                || !chains.rows().isEmpty()
                || !timeline.rows().isEmpty()
                || heldIn.isPresent();
    }
}
