package org.acervo.index;

import java.io.IOException;
import org.acervo.language.Said;
import org.acervo.language.Sentence;

/**
 * No node of a cluster's Solr collection answered: every node named in the cluster file was tried. An
 * {@link IOException}, as the failure of any index write or read is, with the sentence people read.
 */
public final class SolrUnreachableException extends IOException implements Said {

    private final transient Sentence sentence;

    SolrUnreachableException(String collection, String nodes, Throwable last) {
        super(new Sentence("error.solrUnreachable", collection, nodes, reason(last)).english(), last);
        this.sentence = new Sentence("error.solrUnreachable", collection, nodes, reason(last));
    }

    /** What the last node's failure says: its own words, or its kind when it has none. */
    private static String reason(Throwable last) {
        for (Throwable cause = last; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
            if (cause.getCause() == null) {
                return cause.getClass().getSimpleName();
            }
        }
        return "?";
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
