package org.acervo.recognition.date;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.acervo.recognition.text.RecognitionData;
import org.acervo.recognition.text.TextFolding;

/**
 * The Spanish month names and abbreviations the date recognizer accepts, read once from
 * {@code months.properties} and {@code month-abbreviations.properties}.
 *
 * <p>Kept as data so that a spelling seen in the archive (for example {@code setiembre}) is added
 * without touching a pattern.
 */
final class Months {

    /** Folded month name to month number; immutable after class initialisation. */
    private static final Map<String, Integer> NUMBERS = load("months.properties");

    /** Folded abbreviation to month number: only read between a numeric day and year. */
    private static final Map<String, Integer> ABBREVIATIONS = load("month-abbreviations.properties");

    /** A regex alternation of every name, as a trie that tries the longer name first. */
    static final String ALTERNATION = alternation(NUMBERS);

    /** The same for abbreviations. */
    static final String ABBREVIATION_ALTERNATION = alternation(ABBREVIATIONS);

    private Months() {}

    /** @param foldedName a name as matched in folded text */
    static int number(String foldedName) {
        Integer number = NUMBERS.containsKey(foldedName) ? NUMBERS.get(foldedName) : ABBREVIATIONS.get(foldedName);
        if (number == null) {
            throw new IllegalArgumentException("not a month name: " + foldedName);
        }
        return number;
    }

    private static String alternation(Map<String, Integer> names) {
        return WordTrie.regex(names.keySet());
    }

    static boolean isFullName(String foldedName) {
        return NUMBERS.containsKey(foldedName);
    }

    /** Every name and abbreviation, folded. */
    static java.util.Set<String> allNames() {
        java.util.Set<String> all = new java.util.HashSet<>(NUMBERS.keySet());
        all.addAll(ABBREVIATIONS.keySet());
        return all;
    }

    private static Map<String, Integer> load(String resource) {
        Properties properties = RecognitionData.load(Months.class, resource);
        Map<String, Integer> numbers = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            int number = Integer.parseInt(properties.getProperty(name).trim());
            if (number < 1 || number > 12) {
                throw new IllegalStateException(resource + ": month " + name + " has number " + number);
            }
            numbers.put(TextFolding.fold(name.trim()), number);
        }
        return Map.copyOf(numbers);
    }
}
