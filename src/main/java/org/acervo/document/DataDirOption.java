package org.acervo.document;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every index command shares; falls back to {@code ACERVO_DATA}, then {@code ./data}. */
public final class DataDirOption {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory (index and job repository). Default: $ACERVO_DATA or ./data")
    private Path data;

    /** The option as given, or null. */
    public Path given() {
        return data;
    }

    public Path resolve() {
        return data != null ? data.toAbsolutePath().normalize() : defaultDir();
    }

    public static Path defaultDir() {
        String env = System.getenv("ACERVO_DATA");
        return Path.of(env != null && !env.isBlank() ? env : "data")
                .toAbsolutePath()
                .normalize();
    }
}
