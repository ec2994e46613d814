package org.acervo.language;

/** A command that cannot go on for a reason outside the request (a port in use, another ingest running). */
public class CannotRun extends IllegalStateException implements Said {

    private final transient Sentence sentence;

    public CannotRun(Sentence sentence, Throwable cause) {
        super(sentence.english(), cause);
        this.sentence = sentence;
    }

    public CannotRun(String key, Object... args) {
        this(new Sentence(key, args), null);
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
