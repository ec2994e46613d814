package org.acervo.document;

import java.nio.file.Path;

/** Shows a stored absolute path relative to the working directory when it lies under it, as people typed it. */
public final class DisplayPath {

    private DisplayPath() {
    }

    public static String of(String path) {
        Path base = Path.of("").toAbsolutePath();
        Path p = Path.of(path);
        return p.startsWith(base) ? base.relativize(p).toString() : path;
    }
}
