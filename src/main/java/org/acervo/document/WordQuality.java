package org.acervo.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates how well OCR'd text reads: the share of its words that look like words (letters only,
 * a vowel, no run of five consonants or three equal letters). Clean Spanish scores above 0.9; OCR
 * noise such as {@code "Rcsu1tados E1ect0ra1es"} or {@code "~~ii;"} drags it down.
 *
 * <p>Tesseract's confidence is not kept, so this stands in for it. It is measured when a document is
 * indexed and stored on its doc record, so the quality table reads no page text.
 */
public final class WordQuality {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern WORD = Pattern.compile("[a-zñü]+");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[bcdfghjklmnñpqrstvwxz]{5}|(.)\\1\\1");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}¿¡«»“”‘’]+|[\\p{Punct}¿¡«»“”‘’]+$");

    private WordQuality() {}

    /** The share of tokens with letters that look like words; 1 for text without any. */
    public static double of(String text) {
        int tokens = 0;
        int words = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = EDGE_PUNCTUATION.matcher(m.group()).replaceAll("");
            if (token.isEmpty()
                    || token.chars().noneMatch(Character::isLetter)
                    || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            // Numbers such as IEPC/UTC/21/104 or 4.5% are not words and not noise either.
            if (token.chars().anyMatch(Character::isDigit)
                    && token.chars().anyMatch(c -> c == '/' || c == '.' || c == '%')) {
                continue;
            }
            tokens++;
            String folded = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .replace("n\u0303", "ñ");
            if (WORD.matcher(folded).matches()
                    && (folded.length() == 1 || VOWEL.matcher(folded).find())
                    && !NOT_A_WORD.matcher(folded).find()) {
                words++;
            }
        }
        return tokens == 0 ? 1 : (double) words / tokens;
    }
}
