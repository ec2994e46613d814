package org.acervo.language;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence for people, to be said in the reader's language: a key of the message files and what
 * fills its {@code {0}}, {@code {1}}… An error that carries one ({@link Said}) is told in Spanish or
 * English by whoever shows it (the command line, a web page, the JSON API), while its
 * {@link Throwable#getMessage()} stays English for the log.
 */
public record Sentence(String key, Object... args) implements MessageSourceResolvable {

    public Sentence {
        args = args.clone();
    }

    /** The sentence in English, as the log keeps it. */
    public String english() {
        return Texts.of(Texts.ENGLISH).get(key, args);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sentence s && key.equals(s.key) && Arrays.equals(args, s.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
