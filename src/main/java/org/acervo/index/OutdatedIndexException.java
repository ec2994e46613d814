package org.acervo.index;

import org.acervo.language.Said;
import org.acervo.language.Sentence;

/**
 * Thrown when the index was written before page records carried the doc values search counts with
 * ({@link IndexSchema#PAGE_OF} and the others after it). Re-ingesting alone skips
 * unchanged files, so the index has to be deleted first.
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
