package org.acervo.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes the temporary files extraction writes (attachment copies, marked Word copies) without failing a document. */
final class TempFiles {

    private static final Logger log = LoggerFactory.getLogger(TempFiles.class);

    private TempFiles() {}

    /** Deletes the file if there is one; a file that cannot be deleted is logged and left to the system's tmp cleaning. */
    static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
