package org.acervo.index;

import java.util.Objects;
import org.acervo.document.FileStamp;

/**
 * The stamp a path's file had when its content was last read, and that content's identity: while the
 * file's stamp is the same, the path still holds {@code sha256} and need not be read again.
 *
 * <p>Canonical form: {@code sha256 stamp}, as the index stores it.
 */
public record PathStamp(String sha256, FileStamp stamp) {

    public PathStamp {
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(stamp);
    }

    static PathStamp parse(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("not a path stamp: '" + text + "'");
        }
        return new PathStamp(text.substring(0, space), FileStamp.parse(text.substring(space + 1)));
    }

    @Override
    public String toString() {
        return sha256 + " " + stamp;
    }
}
