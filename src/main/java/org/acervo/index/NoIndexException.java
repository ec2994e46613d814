package org.acervo.index;

import java.nio.file.Path;

/** Thrown when a command needs an index that has not been built yet. */
public final class NoIndexException extends RuntimeException {

    public NoIndexException(Path dataDir) {
        super("no index in " + dataDir + ": run './acervo run jobs/ingest-samples.yaml' or './acervo ingest PATH' first");
    }
}
