package org.acervo.index;

import java.nio.file.Path;
import org.acervo.language.Said;
import org.acervo.language.Sentence;

/** Thrown when a command needs an index that has not been built yet. */
public final class NoIndexException extends RuntimeException implements Said {

    private final transient Sentence sentence;

    public NoIndexException(Path dataDir) {
        this(new Sentence("error.noIndex", dataDir.toString()));
    }

    private NoIndexException(Sentence sentence) {
        super(sentence.english());
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
