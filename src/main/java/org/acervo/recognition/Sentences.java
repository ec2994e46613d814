package org.acervo.recognition;

/**
 * Where a sentence ends, as the recognizers read it: at a semicolon, a blank line, or a stop
 * followed by a capitalised word. A stop before a lower-case word or a number ({@code Oficio No.
 * INE/...}, {@code Dgo., a}) does not end one.
 */
final class Sentences {

    private Sentences() {
    }

    /** Where the sentence that starts at {@code start} ends: the offset of its end mark, or the text's length. */
    static int end(String text, int start) {
        return end(text, start, text.length());
    }

    /** Like {@link #end(String, int)}, but looks no further than {@code limit}, returned if no end comes before it. */
    static int end(String text, int start, int limit) {
        int n = text.length();
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i;
            }
            if (c == '\n') {
                int j = i + 1;
                while (j < n && j - i <= 40 && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    return i;
                }
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && j - i <= 40 && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j + 1 < n && Character.isUpperCase(text.charAt(j)) && Character.isLowerCase(text.charAt(j + 1))) {
                    return i;
                }
            }
        }
        return limit;
    }
}
