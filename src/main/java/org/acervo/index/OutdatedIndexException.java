package org.acervo.index;

/**
 * Thrown when the index was written before page records carried the doc values search counts with
 * ({@link IndexSchema#PAGE_OF} and the others after it). Re-ingesting alone skips
 * unchanged files, so the index has to be deleted first.
 */
public final class OutdatedIndexException extends RuntimeException {

    public OutdatedIndexException() {
        super("the index was built by an older version of Acervo and search cannot count in it:"
                + " delete data/index and run the ingest again");
    }
}
