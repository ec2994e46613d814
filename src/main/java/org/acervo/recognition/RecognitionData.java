package org.acervo.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads the word lists the recognizers keep as data, next to these classes on the classpath. */
final class RecognitionData {

    private RecognitionData() {}

    /** The properties file {@code resource} in this package, read as UTF-8. */
    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = RecognitionData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + resource + " next to " + RecognitionData.class.getName());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }

    /** The comma-separated, trimmed, non-blank items of {@code key}; none if it is missing. */
    static List<String> list(Properties data, String key) {
        return Arrays.stream(data.getProperty(key, "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
