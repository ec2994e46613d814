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

    /**
     * Whether {@code at} is inside a quotation: more opening than closing curly quotes before it on
     * the page, or an odd number of straight ones. A resolución quoting a complaint speaks in the
     * complaint's words, its "año en curso" and its "en atención a su oficio" among them.
     */
    static boolean quoted(String text, int at) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                open++;
            } else if (c == '”' || c == '»') {
                close++;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > close || straight % 2 == 1;
    }
}
