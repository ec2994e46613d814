package org.acervo.recognition.date;

/**
 * Finds, in folded text, where month names and abbreviations start, and where numeric dates like
 * {@code 04/11/2021} may start: the anchors the date patterns are tried at.
 *
 * <p>A plain loop over the characters, far cheaper than running a regex alternation of month
 * names at every position of a page.
 */
final class MonthAnchors {

    /** Month names and abbreviations by their first three letters ("sep", not "se "), longest first; null for most triples. */
    private static final String[][] BY_TRIPLE = byTriple();

    private MonthAnchors() {}

    /** Where month names and abbreviations start, in text order, each whole words. */
    record Found(int[] names, int[] abbreviations) {}

    /** Finds every whole-word month name and abbreviation of the page. */
    static Found words(String folded) {
        int[] names = new int[16];
        int[] abbreviations = new int[4];
        int nameCount = 0;
        int abbreviationCount = 0;
        int n = folded.length();
        boolean afterLetter = false;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            boolean wordStart = !afterLetter;
            afterLetter = c >= 'a' && c <= 'z' || c > 0x7f && Character.isLetter(c);
            if (!wordStart || c < 'a' || c > 'z' || i + 2 >= n) {
                continue;
            }
            char c2 = folded.charAt(i + 1);
            char c3 = folded.charAt(i + 2);
            String[] candidates = c2 < 'a' || c2 > 'z' || c3 < 'a' || c3 > 'z' ? null : BY_TRIPLE[triple(c, c2, c3)];
            if (candidates == null) {
                continue;
            }
            for (String name : candidates) {
                int end = i + name.length();
                if (folded.startsWith(name, i) && (end == n || !Character.isLetter(folded.charAt(end)))) {
                    if (Months.isFullName(name)) {
                        names = grow(names, nameCount);
                        names[nameCount++] = i;
                    } else {
                        abbreviations = grow(abbreviations, abbreviationCount);
                        abbreviations[abbreviationCount++] = i;
                    }
                    break;
                }
            }
        }
        return new Found(
                java.util.Arrays.copyOf(names, nameCount), java.util.Arrays.copyOf(abbreviations, abbreviationCount));
    }

    private static int[] grow(int[] array, int count) {
        return count < array.length ? array : java.util.Arrays.copyOf(array, count * 2);
    }

    private static int triple(char c1, char c2, char c3) {
        return 676 * (c1 - 'a') + 26 * (c2 - 'a') + c3 - 'a';
    }

    /** Where numeric dates may start, by the pattern to try there; each in text order. */
    record Numbers(int[] dayFirst, int[] iso) {}

    /**
     * Where a numeric date may start: the first digit of a run of one or two digits ({@code 04/11/2021},
     * day first) or of four ({@code 2021-11-04}, ISO) followed by {@code -}, {@code /} or {@code .}
     * and another digit.
     */
    static Numbers numbers(String folded) {
        int[] dayFirst = new int[16];
        int[] iso = new int[4];
        int dayFirstCount = 0;
        int isoCount = 0;
        int n = folded.length();
        int run = 0;
        for (int i = 0; i + 2 < n; i++) {
            run = isDigit(folded.charAt(i)) ? run + 1 : 0;
            char sep = folded.charAt(i + 1);
            if (run != 0
                    && run != 3
                    && run <= 4
                    && (sep == '-' || sep == '/' || sep == '.')
                    && isDigit(folded.charAt(i + 2))) {
                if (run == 4) {
                    iso = grow(iso, isoCount);
                    iso[isoCount++] = i - 3;
                } else {
                    dayFirst = grow(dayFirst, dayFirstCount);
                    dayFirst[dayFirstCount++] = i + 1 - run;
                }
            }
        }
        return new Numbers(java.util.Arrays.copyOf(dayFirst, dayFirstCount), java.util.Arrays.copyOf(iso, isoCount));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String[][] byTriple() {
        String[] all = Months.allNames().stream()
                .sorted(java.util.Comparator.comparingInt(String::length)
                        .reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toArray(String[]::new);
        String[][] table = new String[26 * 26 * 26][];
        for (String name : all) {
            int slot = triple(name.charAt(0), name.charAt(1), name.charAt(2));
            String[] names = table[slot] == null ? new String[0] : table[slot];
            names = java.util.Arrays.copyOf(names, names.length + 1);
            names[names.length - 1] = name;
            table[slot] = names;
        }
        return table;
    }
}
