package org.acervo.recognition;

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
    record Found(int start, int end, String key) {
    }

    private final String[] keys;
    private final Pattern[] patterns;
    private final long[] prefixes;
    private final boolean[] firstChars = new boolean[128];

    /** @param phrases key, then a {@code |}-separated list of phrases, for each cue */
    WordCues(List<String[]> phrases) {
        keys = new String[phrases.size()];
        patterns = new Pattern[phrases.size()];
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            keys[i] = phrases.get(i)[0];
            String alternatives = phrases.get(i)[1].strip();
            for (String phrase : alternatives.split("\\|")) {
                if (phrase.length() < 3) {
                    throw new IllegalArgumentException("cue shorter than three characters: " + phrase);
                }
                starts.add(key(phrase, 0));
                firstChars[phrase.charAt(0)] = true;
            }
            patterns[i] = Pattern.compile("(?:" + alternatives.replace(" ", "\\s{1,3}") + ")(?!\\p{L})");
        }
        prefixes = starts.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    /** Every cue in [start, end) of {@code folded}, in text order; at one position the longest. */
    List<Found> find(String folded, int start, int end) {
        List<Found> found = new ArrayList<>();
        Matcher m = null;
        for (int i = start; i + 3 <= end; i++) {
            char c = folded.charAt(i);
            if (c >= 128 || !firstChars[c] || i > 0 && Character.isLetter(folded.charAt(i - 1))
                    || Arrays.binarySearch(prefixes, key(folded, i)) < 0) {
                continue;
            }
            Found best = null;
            for (int k = 0; k < patterns.length; k++) {
                m = patterns[k].matcher(folded).region(i, end);
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
