package org.acervo.recognition.date;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a regex alternation of words as a trie ({@code d(?:os|iez|oce)}), so a failing position
 * costs one character comparison per branch level instead of one per word.
 *
 * <p>{@code java.util.regex} tries the branches of an alternation one by one; with forty month
 * and number words at every word start, that is where a date scan spends its time.
 */
final class WordTrie {

    private WordTrie() {}

    /** A non-capturing group matching exactly the given words, longest match first. */
    static String regex(Collection<String> words) {
        return "(?:" + node(new TreeSet<>(words)) + ")";
    }

    private static String node(TreeSet<String> words) {
        Map<Character, TreeSet<String>> byFirst = new TreeMap<>();
        boolean endsHere = false;
        for (String word : words) {
            if (word.isEmpty()) {
                endsHere = true;
            } else {
                byFirst.computeIfAbsent(word.charAt(0), c -> new TreeSet<>()).add(word.substring(1));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Character, TreeSet<String>> branch : byFirst.entrySet()) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(quote(branch.getKey()));
            String rest = node(branch.getValue());
            if (!rest.isEmpty()) {
                out.append("(?:").append(rest).append(')');
            }
        }
        if (endsHere && out.length() > 0) {
            return "(?:" + out + ")?"; // greedy: the longer word is tried before stopping here
        }
        return out.toString();
    }

    private static String quote(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : c == ' ' ? "\\s{1,2}" : "\\" + c;
    }
}
