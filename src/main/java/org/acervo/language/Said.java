package org.acervo.language;

/**
 * An error whose message is a {@link Sentence}: {@link Texts#say(Throwable)} tells it in the reader's
 * language. Its {@code getMessage()} is the English sentence.
 */
public interface Said {

    Sentence sentence();
}
