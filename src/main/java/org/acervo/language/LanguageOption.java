package org.acervo.language;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --lang es|en} option of the commands that print for people ({@code run}, {@code ingest},
 * {@code search}, {@code status}, {@code xref}); Spanish when it is not given. JSON and CSV keep their
 * keys whatever the language.
 */
public final class LanguageOption {

    @Option(
            names = "--lang",
            paramLabel = "es|en",
            converter = Parser.class,
            description =
                    "Language of what is printed for people: es (default) or en. JSON and CSV keys do not change.")
    private Texts texts;

    /** The language chosen, or Spanish. */
    public Texts texts() {
        return texts != null ? texts : Texts.of(Texts.SPANISH);
    }

    /** A bad value is a usage error (exit 2) naming the two languages. */
    static final class Parser implements ITypeConverter<Texts> {
        @Override
        public Texts convert(String value) {
            try {
                return Texts.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
