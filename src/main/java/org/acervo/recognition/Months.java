package org.acervo.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The Spanish month names the date recognizer accepts, read once from {@code months.properties}.
 *
 * <p>Kept as data so that a spelling seen in the archive (for example {@code setiembre}) is added
 * without touching a pattern.
 */
final class Months {

    private static final String RESOURCE = "months.properties";

    /** Folded month name to month number; immutable after class initialisation. */
    private static final Map<String, Integer> NUMBERS = load();

    /** A regex alternation of every name, longest first so no name is cut short by a prefix. */
    static final String ALTERNATION = NUMBERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|", "(?:", ")"));

    private Months() {
    }

    /** @param foldedName a name as matched in folded text */
    static int number(String foldedName) {
        Integer number = NUMBERS.get(foldedName);
        if (number == null) {
            throw new IllegalArgumentException("not a month name: " + foldedName);
        }
        return number;
    }

    private static Map<String, Integer> load() {
        Properties properties = new Properties();
        try (InputStream in = Months.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + Months.class.getName());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, Integer> numbers = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            int number = Integer.parseInt(properties.getProperty(name).trim());
            if (number < 1 || number > 12) {
                throw new IllegalStateException(RESOURCE + ": month " + name + " has number " + number);
            }
            numbers.put(TextFolding.fold(name.trim()), number);
        }
        return Map.copyOf(numbers);
    }
}
