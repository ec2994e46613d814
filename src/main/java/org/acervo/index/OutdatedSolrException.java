package org.acervo.index;

import org.acervo.language.Said;
import org.acervo.language.Sentence;

/**
 * Thrown when a cluster's Solr collection was made with another version's configset (its schema's name is
 * not {@link SolrNodes#SCHEMA}): its records would be routed, searched and counted wrongly, so it has to be
 * made again with this version's configset and the archive ingested into it.
 */
public final class OutdatedSolrException extends RuntimeException implements Said {

    private final transient Sentence sentence;

    OutdatedSolrException(String collection, String found, String wanted) {
        this(new Sentence("error.outdatedSolr", collection, found, wanted));
    }

    private OutdatedSolrException(Sentence sentence) {
        super(sentence.english());
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
