package org.acervo.crossref;

/** Cuts the sentence around a span of page text, for showing a mention in context. */
final class Sentences {

    private static final int MAX = 320;

    /** Abbreviations common in oficios whose period does not end a sentence ("Oficio No. IEPC/..."). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "no", "núm", "num", "dgo", "lic", "mtro", "mtra", "dr", "dra", "sr", "sra", "ing", "art", "arts", "exp",
            "pág", "fracc", "tel", "prof", "profa", "c", "cc", "ccp", "atte", "mex");

    private Sentences() {}

    /** The sentence holding {@code [start, end)}, on one line, at most about 320 characters. */
    static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && !boundaryBefore(text, from) && start - from < MAX / 2) {
            from--;
        }
        boolean cutStart = from > 0 && !boundaryBefore(text, from);
        int to = end;
        while (to < text.length() && !boundaryAt(text, to) && to - end < MAX / 2) {
            to++;
        }
        boolean cutEnd = to < text.length() && !boundaryAt(text, to);
        if (to < text.length() && text.charAt(to) == '.') {
            to++;
        }
        String sentence = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (cutStart ? "…" : "") + sentence + (cutEnd ? "…" : "");
    }

    /** Whether the word ending just before the period at {@code dot} is an abbreviation. */
    private static boolean abbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return ABBREVIATIONS.contains(text.substring(from, dot).toLowerCase(java.util.Locale.ROOT));
    }

    /** A sentence starts after ". " or a blank line. */
    private static boolean boundaryBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        if (prev == '\n' && i >= 2 && text.charAt(i - 2) == '\n') {
            return true;
        }
        return Character.isWhitespace(prev) && i >= 2 && text.charAt(i - 2) == '.' && !abbreviation(text, i - 2);
    }

    /** A sentence ends at a period followed by whitespace or the end, or at a blank line. */
    private static boolean boundaryAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') {
            return (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) && !abbreviation(text, i);
        }
        return c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }
}
