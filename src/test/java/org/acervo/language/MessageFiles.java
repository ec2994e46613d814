package org.acervo.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads a message file as it is on the class path, for tests that compare the two languages. */
public final class MessageFiles {

    private MessageFiles() {}

    /** {@code messages_es.properties} or {@code messages_en.properties}, read as UTF-8. */
    public static Properties read(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageFiles.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
