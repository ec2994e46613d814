package org.acervo.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentId;
import org.acervo.document.FileStamp;
import org.springframework.stereotype.Component;

/**
 * Finds the file on disk that still holds an indexed document's content, for the original and its
 * page images: only a path the index lists for that id, and only while the file there has the indexed
 * content. Nothing in a request names a file.
 *
 * <p>A file's stamp (size, times, inode) is remembered once its bytes were hashed, so the images of a
 * hundred-page PDF do not hash it a hundred times: while the stamp is the same the content is, as the
 * ingest trusts it; a file written again gets another stamp and is hashed again.
 */
@Component
class Originals {

    /** What was hashed last, by path: the content seen and the file's stamp then. */
    private record Seen(String sha256, FileStamp stamp) {}

    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    /** The file that holds this document's content now, or empty (moved, changed, unreadable). */
    Optional<Path> find(ArchiveDocument entry) {
        for (String listed : entry.paths()) {
            Path file = Path.of(listed);
            if (holds(file, entry.sha256())) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private boolean holds(Path file, String sha256) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            FileStamp before = FileStamp.of(file);
            Seen last = seen.get(file);
            if (last != null && last.stamp().equals(before)) {
                return last.sha256().equals(sha256);
            }
            String content = DocumentId.of(file);
            // Remembered only when the file did not change while it was read.
            if (before.equals(FileStamp.of(file))) {
                seen.put(file, new Seen(content, before));
            }
            return content.equals(sha256);
        } catch (IOException e) {
            return false; // gone or unreadable now: as good as not there
        }
    }
}
