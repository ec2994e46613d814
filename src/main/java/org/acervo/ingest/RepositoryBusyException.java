package org.acervo.ingest;

import java.nio.file.Path;
import java.sql.SQLException;
import org.acervo.language.CannotRun;
import org.acervo.language.Sentence;

/** The job repository is open in another process: an ingest is running on the same data directory. */
public final class RepositoryBusyException extends CannotRun {

    /** H2's error code for a database file locked by another process ("Database may be already in use"). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    RepositoryBusyException(Path dataDir, Throwable cause) {
        super(new Sentence("error.repositoryBusy", dataDir.toString()), cause);
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
