package org.acervo.recognition;

/**
 * Finds, in folded text, where month names and abbreviations start, and where numeric dates like
 * {@code 04/11/2021} may start: the anchors the date patterns are tried at.
 *
 * <p>A plain loop over the characters, far cheaper than running a regex alternation of month
 * names at every position of a page.
 */
final class MonthAnchors {

    /** Month names and abbreviations by first letter; names are folded, so a-z only. */
    private static final String[][] BY_FIRST = byFirst();

    private MonthAnchors() {
    }

    /** First three letters of some name ("sep", not "se "): nearly every word fails this at once. */
    private static final boolean[] TRIPLES = triples();

    /** Where every whole-word month name or abbreviation starts, in text order. */
    static int[] words(String folded) {
        int[] anchors = new int[16];
        int count = 0;
        int n = folded.length();
        boolean afterLetter = false;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            boolean wordStart = !afterLetter;
            afterLetter = c >= 'a' && c <= 'z' || c > 0x7f && Character.isLetter(c);
            if (!wordStart || c < 'a' || c > 'z' || i + 2 >= n || BY_FIRST[c - 'a'] == null) {
                continue;
            }
            char c2 = folded.charAt(i + 1);
            char c3 = folded.charAt(i + 2);
            if (c2 < 'a' || c2 > 'z' || c3 < 'a' || c3 > 'z' || !TRIPLES[676 * (c - 'a') + 26 * (c2 - 'a') + c3 - 'a']) {
                continue;
            }
            for (String name : BY_FIRST[c - 'a']) {
                int end = i + name.length();
                if (folded.startsWith(name, i) && (end == n || !Character.isLetter(folded.charAt(end)))) {
                    if (count == anchors.length) {
                        anchors = java.util.Arrays.copyOf(anchors, count * 2);
                    }
                    anchors[count++] = i;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(anchors, count);
    }

    /**
     * Where a numeric date may start: the first digit of a run of one, two or four digits followed
     * by {@code -}, {@code /} or {@code .} and another digit ({@code 04/11/2021}, {@code 2021-11-04}).
     */
    static int[] numbers(String folded) {
        int[] starts = new int[16];
        int count = 0;
        int n = folded.length();
        int run = 0;
        for (int i = 0; i + 2 < n; i++) {
            run = isDigit(folded.charAt(i)) ? run + 1 : 0;
            char sep = folded.charAt(i + 1);
            if (run != 0 && run != 3 && run <= 4 && (sep == '-' || sep == '/' || sep == '.') && isDigit(folded.charAt(i + 2))) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1 - run;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** Whether the month name or abbreviation at {@code at} is an abbreviation ("oct", not "octubre"). */
    static boolean isAbbreviation(String folded, int at) {
        int end = at;
        while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
            end++;
        }
        return !Months.isFullName(folded.substring(at, end));
    }

    private static boolean[] triples() {
        boolean[] triples = new boolean[26 * 26 * 26];
        for (String name : Months.allNames()) {
            triples[676 * (name.charAt(0) - 'a') + 26 * (name.charAt(1) - 'a') + name.charAt(2) - 'a'] = true;
        }
        return triples;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String[][] byFirst() {
        String[] all = Months.allNames().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
        String[][] table = new String[26][];
        for (String name : all) {
            int slot = name.charAt(0) - 'a';
            String[] names = table[slot] == null ? new String[0] : table[slot];
            names = java.util.Arrays.copyOf(names, names.length + 1);
            names[names.length - 1] = name;
            table[slot] = names;
        }
        return table;
    }
}
