package org.acervo.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The table of samples/README.md: each file, its format, date and identifiers, as the tests expect them. */
record SamplesReadme(List<Sample> samples) {

    /** One row; identifiers as "CANONICAL (type)". */
    record Sample(String file, String format, String date, List<String> identifiers) {}

    static SamplesReadme read() {
        try {
            List<Sample> samples = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("samples/README.md"))) {
                if (!line.startsWith("| `")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                String file = cells[1].strip().replace("`", "");
                List<String> ids = cells[4].isBlank()
                        ? List.of()
                        : Arrays.stream(cells[4].split(",")).map(String::strip).toList();
                samples.add(new Sample(file, cells[2].strip(), cells[3].strip(), ids));
            }
            return new SamplesReadme(samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
