package org.acervo.extraction;

import java.util.Locale;
import org.acervo.language.BadArgument;

/** When to run Tesseract: only on pages without a text layer, on every page, or never. */
public enum OcrMode {
    AUTO,
    ALWAYS,
    NEVER;

    public static OcrMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadArgument("error.ocrMode", text);
        }
    }
}
