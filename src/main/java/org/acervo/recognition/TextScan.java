package org.acervo.recognition;

/** Small backward reads over page text that the document-date rules share. */
final class TextScan {

    private TextScan() {
    }

    /** {@code at} moved back over at most {@code max} whitespace characters. */
    static int skipSpacesBack(String text, int at, int max) {
        int i = at;
        while (i > 0 && at - i < max && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether the whole word {@code word} ends at {@code at} in {@code folded}. */
    static boolean wordEndsAt(String folded, int at, String word) {
        int start = at - word.length();
        return start >= 0 && folded.startsWith(word, start) && (start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1)));
    }
}
