package org.acervo.extraction;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --ocr} value of a command, read as {@code extract}, {@code ingest} and {@code run} read it. */
public final class OcrOption {

    private OcrOption() {}

    /** The mode the value names; any other value is a usage error (exit 2). */
    public static OcrMode parse(CommandSpec spec, String value) {
        try {
            return OcrMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e); // said in the reader's language
        }
    }
}
