package org.acervo.ingest;

import java.nio.file.Path;
import java.sql.SQLException;

/** The job repository is open in another process: an ingest is running on the same data directory. */
public final class RepositoryBusyException extends IllegalStateException {

    /** H2's error code for a database file locked by another process ("Database may be already in use"). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    RepositoryBusyException(Path dataDir, Throwable cause) {
        super("another Acervo process (an ingest) is using the data directory " + dataDir + "; wait for it to finish", cause);
    }

    static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
