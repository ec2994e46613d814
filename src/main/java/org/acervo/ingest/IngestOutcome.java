package org.acervo.ingest;

import java.util.List;

import org.acervo.index.EntryStatus;
import org.acervo.index.IndexEntry;

/**
 * What happened to one input file.
 *
 * @param path        the file, absolute
 * @param result      indexed, unchanged or failed
 * @param entry       what to write (null when unchanged)
 * @param replacedSha the content this path held before it changed, to unlist (null when none)
 * @param embedded    documents inside it (e-mail attachments, archive members), each under
 *                    {@code path!/name}
 */
record IngestOutcome(String path, Result result, IndexEntry entry, String replacedSha, List<IndexEntry> embedded) {

    enum Result { INDEXED, UNCHANGED, FAILED }

    /** Separates a container's path from a member's name, as in {@code correo.eml!/oficio.pdf}. */
    static final String MEMBER = "!/";

    IngestOutcome {
        embedded = embedded == null ? List.of() : List.copyOf(embedded);
    }

    IngestOutcome(String path, Result result, IndexEntry entry, String replacedSha) {
        this(path, result, entry, replacedSha, List.of());
    }

    int ocrPages() {
        return (entry == null ? 0 : entry.ocrPages()) + embedded.stream().mapToInt(IndexEntry::ocrPages).sum();
    }

    long embeddedFailures() {
        return embedded.stream().filter(e -> e.status() == EntryStatus.FAILED).count();
    }
}
