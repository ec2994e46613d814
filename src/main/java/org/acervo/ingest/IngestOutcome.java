package org.acervo.ingest;

import org.acervo.index.IndexEntry;

/**
 * What happened to one input file.
 *
 * @param path        the file, absolute
 * @param result      indexed, unchanged or failed
 * @param entry       what to write (null when unchanged)
 * @param replacedSha the content this path held before it changed, to unlist (null when none)
 */
record IngestOutcome(String path, Result result, IndexEntry entry, String replacedSha) {

    enum Result { INDEXED, UNCHANGED, FAILED }

    int ocrPages() {
        return entry == null ? 0 : entry.ocrPages();
    }
}
