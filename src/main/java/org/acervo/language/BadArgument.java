package org.acervo.language;

/** A value a person gave that cannot be used (a query, an option, a parameter): exit code 2 or 400. */
public final class BadArgument extends IllegalArgumentException implements Said {

    private final transient Sentence sentence;

    public BadArgument(String key, Object... args) {
        this(new Sentence(key, args));
    }

    private BadArgument(Sentence sentence) {
        super(sentence.english());
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
