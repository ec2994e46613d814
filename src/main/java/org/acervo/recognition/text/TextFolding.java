package org.acervo.recognition.text;

import java.text.Normalizer;

/**
 * Folds text to lower case without accents while keeping every character at its offset.
 *
 * <p>Date patterns run on the folded text so that {@code OCTUBRE}, {@code Octubre} and an OCR'd
 * {@code octubré} all match one spelling, and the offsets they report are still offsets into the
 * original page: folding maps each {@code char} to exactly one {@code char}.
 */
public final class TextFolding {

    private TextFolding() {}

    /** Latin-1 and Latin Extended-A folded once, as the decomposition is slow and these are nearly all text. */
    private static final char[] TABLE = table(0x250);

    public static String fold(String text) {
        char[] folded = text.toCharArray();
        char[] table = TABLE;
        for (int i = 0; i < folded.length; i++) {
            char c = folded[i];
            folded[i] = c < table.length ? table[c] : foldChar(c);
        }
        return new String(folded);
    }

    private static char[] table(int size) {
        char[] table = new char[size];
        for (char c = 0; c < size; c++) {
            table[c] = foldChar(c);
        }
        return table;
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        // Canonical decomposition puts the base letter first and the accent after it; the accent
        // is dropped. Surrogates and symbols like º decompose to themselves and are kept.
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }
}
