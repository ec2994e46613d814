package org.acervo.recognition.correspondence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of cue phrases ("se remite", "en atención al", "envía") found in folded text without
 * trying a regex alternation at every position.
 *
 * <p>Each phrase begins with three literal characters; only at a word start whose next three
 * characters begin some phrase is the phrase's pattern tried. Phrases are regex fragments in
 * which a space stands for one to three whitespace characters.
 */
final class WordCues {

    /** A phrase found: where, and the key its phrase was listed under. */
    record Found(int start, int end, String key) {}

    private final String[] keys;
    private final Pattern[] patterns;
    /** The distinct first three characters of the phrases, sorted, and for each the cues that have a phrase starting so. */
    private final long[] prefixes;

    private final int[][] cuesByPrefix;
    /** The first two characters of some phrase, ASCII only: most word starts fail this at once. */
    private final boolean[] firstPairs = new boolean[128 * 128];

    /** @param phrases key, then a {@code |}-separated list of phrases, for each cue */
    WordCues(List<String[]> phrases) {
        keys = new String[phrases.size()];
        patterns = new Pattern[phrases.size()];
        java.util.TreeMap<Long, java.util.TreeSet<Integer>> byPrefix = new java.util.TreeMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            keys[i] = phrases.get(i)[0];
            String alternatives = phrases.get(i)[1].strip();
            for (String phrase : alternatives.split("\\|")) {
                if (phrase.length() < 3 || phrase.charAt(0) >= 128 || phrase.charAt(1) >= 128) {
                    throw new IllegalArgumentException(
                            "cue shorter than three characters or not starting in ASCII: " + phrase);
                }
                byPrefix.computeIfAbsent(key(phrase, 0), k -> new java.util.TreeSet<>())
                        .add(i);
                firstPairs[128 * phrase.charAt(0) + space(phrase.charAt(1))] = true;
            }
            patterns[i] = Pattern.compile("(?:" + alternatives.replace(" ", "\\s{1,3}") + ")(?!\\p{L})");
        }
        prefixes = byPrefix.keySet().stream().mapToLong(Long::longValue).toArray();
        cuesByPrefix = byPrefix.values().stream()
                .map(set -> set.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** Every cue in [start, end) of {@code folded}, in text order; at one position the longest. */
    List<Found> find(String folded, int start, int end) {
        List<Found> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[patterns.length];
        for (int i = start; i + 3 <= end; i++) {
            char c = folded.charAt(i);
            char c2 = space(folded.charAt(i + 1));
            if (c >= 128
                    || c2 >= 128
                    || !firstPairs[128 * c + c2]
                    || i > 0 && Character.isLetter(folded.charAt(i - 1))) {
                continue;
            }
            int prefix = Arrays.binarySearch(prefixes, key(folded, i));
            if (prefix < 0) {
                continue;
            }
            Found best = null;
            for (int k : cuesByPrefix[prefix]) {
                if (matchers[k] == null) {
                    matchers[k] = patterns[k].matcher(folded);
                }
                Matcher m = matchers[k].region(i, end);
                if (m.lookingAt() && (best == null || m.end() > best.end())) {
                    best = new Found(i, m.end(), keys[k]);
                }
            }
            if (best != null) {
                found.add(best);
                i = best.end() - 1;
            }
        }
        return found;
    }

    /** Three characters as one number; any whitespace counts as a space. */
    private static long key(String text, int i) {
        return (long) space(text.charAt(i)) << 32 | (long) space(text.charAt(i + 1)) << 16 | space(text.charAt(i + 2));
    }

    private static char space(char c) {
        return Character.isWhitespace(c) ? ' ' : c;
    }
}
