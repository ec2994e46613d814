package org.acervo.recognition.text;

/** Small reads over page text that the recognizers share. */
public final class TextScan {

    private TextScan() {}

    /** A digit 0 to 9, as numbers and dates are written ({@code Character.isDigit} takes other scripts' digits too). */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code at} moved back over at most {@code max} whitespace characters. */
    public static int skipSpacesBack(String text, int at, int max) {
        int i = at;
        while (i > 0 && at - i < max && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether the whole word {@code word} ends at {@code at} in {@code folded}. */
    public static boolean wordEndsAt(String folded, int at, String word) {
        int start = at - word.length();
        return start >= 0
                && folded.startsWith(word, start)
                && (start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1)));
    }

    /** How long a quotation that was never closed lasts after it opened, in characters. */
    private static final int UNCLOSED_REACH = 6000;

    /**
     * Whether {@code at} is inside a quotation: after an opening curly quote that no closing one
     * has met yet, or after an odd number of straight ones. A resolución quoting a complaint speaks
     * in the complaint's words, its "año en curso" and its "en atención a su oficio" among them.
     * Quotes nest inside a paragraph ("“… la coalición “Alianza por México” …”"); an opening quote
     * that starts a paragraph continues the quotation rather than nesting in it (Spanish documents
     * open each quoted paragraph so); and a quotation never closed, as one that ends in an
     * ellipsis often is, ends {@link #UNCLOSED_REACH} characters after it opened rather than
     * leaving the rest of the page quoted.
     */
    public static boolean quoted(String text, int at) {
        int depth = 0;
        int opened = -1;
        int straight = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                if (depth > 0 && !startsParagraph(text, i)) {
                    depth++;
                } else {
                    depth = 1;
                    opened = i;
                }
            } else if (c == '”' || c == '»') {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return depth > 0 && at - opened <= UNCLOSED_REACH || straight % 2 == 1;
    }

    /** Whether only whitespace stands between the line break before {@code at} and {@code at}. */
    private static boolean startsParagraph(String text, int at) {
        int i = skipSpacesBack(text, at, 40);
        int newline = text.indexOf('\n', i);
        return i == 0 || newline >= 0 && newline < at;
    }
}
