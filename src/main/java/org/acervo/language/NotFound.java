package org.acervo.language;

import java.util.NoSuchElementException;

/** Something asked for by name or id that the archive does not hold: 404 on the web. */
public final class NotFound extends NoSuchElementException implements Said {

    private final transient Sentence sentence;

    public NotFound(String key, Object... args) {
        this(new Sentence(key, args));
    }

    private NotFound(Sentence sentence) {
        super(sentence.english());
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
