package org.acervo.recognition;

/**
 * Finds, in folded text, where month names and abbreviations start, and the numeric
 * day-separator-month shapes of {@code 04/11/2021}: the anchors of the date windows.
 *
 * <p>A plain loop over the characters, far cheaper than running a regex alternation of month
 * names at every position of a page.
 */
final class MonthAnchors {

    /** Month names and abbreviations by first letter; names are folded, so a-z only. */
    private static final String[][] BY_FIRST = byFirst();

    private MonthAnchors() {
    }

    /** First two letters of some name, as {@code 26 * first + second}: most words fail this at once. */
    private static final boolean[] PAIRS = pairs();

    /** Where every whole-word month name or abbreviation starts, in text order. */
    static int[] words(String folded) {
        int[] anchors = new int[16];
        int count = 0;
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z' || i + 1 >= n || BY_FIRST[c - 'a'] == null) {
                continue;
            }
            char c2 = folded.charAt(i + 1);
            if (c2 < 'a' || c2 > 'z' || !PAIRS[26 * (c - 'a') + c2 - 'a'] || i > 0 && Character.isLetter(folded.charAt(i - 1))) {
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

    /** Windows around every digit followed by {@code -}, {@code /} or {@code .} and another digit. */
    static Regions numbers(String folded, int before, int after) {
        Regions regions = new Regions();
        int n = folded.length();
        for (int i = 0; i + 2 < n; i++) {
            char sep = folded.charAt(i + 1);
            if ((sep == '-' || sep == '/' || sep == '.') && isDigit(folded.charAt(i)) && isDigit(folded.charAt(i + 2))) {
                regions.add(i, before, after, n);
            }
        }
        return regions;
    }

    /** Whether the month name or abbreviation at {@code at} is an abbreviation ("oct", not "octubre"). */
    static boolean isAbbreviation(String folded, int at) {
        int end = at;
        while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
            end++;
        }
        return !Months.isFullName(folded.substring(at, end));
    }

    private static boolean[] pairs() {
        boolean[] pairs = new boolean[26 * 26];
        for (String name : Months.allNames()) {
            pairs[26 * (name.charAt(0) - 'a') + name.charAt(1) - 'a'] = true;
        }
        return pairs;
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
