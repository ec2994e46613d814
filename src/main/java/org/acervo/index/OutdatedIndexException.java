package org.acervo.index;

import org.acervo.language.Said;
import org.acervo.language.Sentence;

/**
 * Thrown when the index was written by another version of Acervo: its commit does not carry this
 * {@link IndexSchema#VERSION} (see {@link IndexSchema#requireCurrent}). Its fields would be read wrongly,
 * and re-ingesting alone skips unchanged files, so the index has to be deleted first.
 */
public final class OutdatedIndexException extends RuntimeException implements Said {

    private static final Sentence SENTENCE = new Sentence("error.outdatedIndex");

    public OutdatedIndexException() {
        super(SENTENCE.english());
    }

    @Override
    public Sentence sentence() {
        return SENTENCE;
    }
}
