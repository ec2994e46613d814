package org.acervo.ingest;

import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.index.PathStamp;

/**
 * What happened to one input file.
 *
 * @param path        the file, absolute
 * @param result      indexed, unchanged or failed
 * @param entry       what to write (null when unchanged)
 * @param replacedSha the content this path held before it changed, to unlist (null when none)
 * @param embedded    documents inside it (e-mail attachments, archive members), each under
 *                    {@code path!/name}
 * @param stamp       the file's stamp, read before its content, to record with the content it was read
 *                    as (null when there is none to record: a folder, or a file changed too recently)
 */
record FileOutcome(
        String path,
        Result result,
        ArchiveDocument entry,
        String replacedSha,
        List<ArchiveDocument> embedded,
        PathStamp stamp) {

    enum Result {
        INDEXED,
        UNCHANGED,
        FAILED
    }

    /** Separates a container's path from a member's name, as in {@code correo.eml!/oficio.pdf}. */
    static final String MEMBER = "!/";

    FileOutcome {
        embedded = embedded == null ? List.of() : List.copyOf(embedded);
    }

    FileOutcome(String path, Result result, ArchiveDocument entry, String replacedSha) {
        this(path, result, entry, replacedSha, List.of());
    }

    FileOutcome(String path, Result result, ArchiveDocument entry, String replacedSha, List<ArchiveDocument> embedded) {
        this(path, result, entry, replacedSha, embedded, null);
    }

    /** The same outcome with the file's stamp to record. */
    FileOutcome withStamp(PathStamp fileStamp) {
        return new FileOutcome(path, result, entry, replacedSha, embedded, fileStamp);
    }

    int ocrPages() {
        return (entry == null ? 0 : entry.ocrPages())
                + embedded.stream().mapToInt(ArchiveDocument::ocrPages).sum();
    }

    long embeddedFailures() {
        return embedded.stream()
                .filter(e -> e.status() == DocumentStatus.FAILED)
                .count();
    }
}
