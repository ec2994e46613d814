package org.acervo.recognition.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads the word lists the recognizers keep as data, each next to the class that reads it on the classpath. */
public final class RecognitionData {

    private RecognitionData() {}

    /** The properties file {@code resource} in the package of {@code owner}, read as UTF-8. */
    public static Properties load(Class<?> owner, String resource) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
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
    public static List<String> list(Properties data, String key) {
        return Arrays.stream(data.getProperty(key, "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
