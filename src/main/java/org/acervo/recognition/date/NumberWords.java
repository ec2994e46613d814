package org.acervo.recognition.date;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.acervo.recognition.text.RecognitionData;
import org.acervo.recognition.text.TextFolding;

/**
 * Reads the Spanish number words of dates written out in full: days ({@code veinte},
 * {@code treinta y uno}, {@code primero}) and years ({@code dos mil veintidos},
 * {@code mil novecientos noventa y seis}), from the words in {@code numbers.properties}.
 *
 * <p>Works on folded text (lower case, no accents), like the rest of the date recognizer.
 */
final class NumberWords {

    private static final Map<String, Integer> VALUES = load();
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Letters in the longest day word (veinticuatro). */
    private static final int LONGEST_DAY_WORD = 12;

    private static final String UNITS = words(v -> v >= 1 && v <= 9);
    private static final String TENS = words(v -> v >= 30 && v % 10 == 0);

    /** 1 to 99 in words: "veintidos", "cuarenta y cinco". */
    private static final String UP_TO_99 =
            "(?:" + TENS + "(?:\\s{1,4}y\\s{1,4}" + UNITS + ")?|" + words(v -> v >= 1 && v < 30) + ")";

    /** A day of the month in words, 1 to 31; "un" alone is an article, not a day. */
    static final String DAY = "(?:treinta(?:\\s{1,4}y\\s{1,4}uno?)?|" + words(v -> v >= 1 && v < 30, "un") + ")";

    /** A year in words, 1900 to 2099. */
    static final String YEAR = "(?:dos\\s{1,4}mil|mil\\s{1,4}novecientos)(?:\\s{1,4}" + UP_TO_99 + ")?";

    private NumberWords() {}

    /** The first three letters of the words that can open a day; a word that fails this is read no further. */
    private static final boolean[] DAY_WORD_STARTS = dayWordStarts();

    /** Whether {@code word} can open a day in words ("veinte", "treinta", "primero"). */
    static boolean isDayWord(String word) {
        Integer v = VALUES.get(word);
        return v != null && v <= 30 && !"un".equals(word);
    }

    /** Whether the word of folded text starting at {@code start} can open a day in words. */
    static boolean isDayWordAt(String folded, int start) {
        int end = start;
        // The longest day word, veinticuatro, has twelve letters.
        while (end < folded.length() && end - start <= LONGEST_DAY_WORD && Character.isLetter(folded.charAt(end))) {
            end++;
        }
        if (end - start < 3 || end - start > LONGEST_DAY_WORD || !DAY_WORD_STARTS[triple(folded, start)]) {
            return false; // every day word has three letters or more: uno, dos, ...
        }
        return isDayWord(folded.substring(start, end));
    }

    private static boolean[] dayWordStarts() {
        boolean[] starts = new boolean[27 * 27 * 27];
        VALUES.keySet().stream().filter(NumberWords::isDayWord).forEach(word -> {
            if (word.length() < 3) {
                throw new IllegalStateException("numbers.properties: a day word shorter than three letters: " + word);
            }
            starts[triple(word, 0)] = true;
        });
        return starts;
    }

    /** Three letters as a number; any letter outside a-z counts as one more letter. */
    private static int triple(String text, int at) {
        return 729 * letter(text.charAt(at)) + 27 * letter(text.charAt(at + 1)) + letter(text.charAt(at + 2));
    }

    private static int letter(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : 26;
    }

    /** The value of a day or year matched by {@link #DAY} or {@link #YEAR}. */
    static int value(String words) {
        int total = 0;
        int current = 0;
        for (String word : SPACE.split(words.strip())) {
            switch (word) {
                case "y" -> {}
                case "mil" -> {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                case "novecientos" -> current += 900;
                default -> {
                    Integer v = VALUES.get(word);
                    if (v == null) {
                        throw new IllegalArgumentException("not a number word: " + word);
                    }
                    current += v;
                }
            }
        }
        return total + current;
    }

    private static String words(IntPredicate accept, String... except) {
        return WordTrie.regex(VALUES.entrySet().stream()
                .filter(e ->
                        accept.test(e.getValue()) && !java.util.List.of(except).contains(e.getKey()))
                .map(Map.Entry::getKey)
                .toList());
    }

    private static Map<String, Integer> load() {
        Properties properties = RecognitionData.load(NumberWords.class, "numbers.properties");
        Map<String, Integer> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            values.put(
                    TextFolding.fold(name.strip()),
                    Integer.parseInt(properties.getProperty(name).strip()));
        }
        return Map.copyOf(values);
    }
}
