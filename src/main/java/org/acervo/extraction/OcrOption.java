package org.acervo.extraction;

import org.acervo.language.BadArgument;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --ocr} option of the commands that read documents ({@code extract}, {@code ingest}, {@code worker}),
 * declared once and mixed into each; a job file's {@code ocr:} is read the same way ({@link #parse}).
 */
public final class OcrOption {

    @Option(
            names = "--ocr",
            paramLabel = "MODE",
            defaultValue = "auto",
            description = "auto, always or never (default: auto).")
    private String value;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The mode asked for; any other value is a usage error (exit 2). */
    public OcrMode mode() {
        return parse(spec, value);
    }

    /** The mode a value names; any other value is a usage error (exit 2), said in the reader's language. */
    public static OcrMode parse(CommandSpec spec, String value) {
        try {
            return OcrMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw BadArgument.usage(spec.commandLine(), e);
        }
    }
}
