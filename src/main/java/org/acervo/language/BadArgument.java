package org.acervo.language;

import picocli.CommandLine;

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

    /**
     * A usage error of a command (exit 2) that says this sentence in the reader's language: the sentence rides
     * as its cause, which the command line's error handler tells.
     */
    public static CommandLine.ParameterException usage(CommandLine command, String key, Object... args) {
        return usage(command, new BadArgument(key, args));
    }

    /** A usage error of a command (exit 2) that says this refusal in the reader's language. */
    public static CommandLine.ParameterException usage(CommandLine command, IllegalArgumentException refusal) {
        return new CommandLine.ParameterException(command, refusal.getMessage(), refusal);
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
