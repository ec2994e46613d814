package org.acervo.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.acervo.extraction.ExtractionFailure;

/**
 * Words for an input that could not be read at all, a file or a folder. Java's exceptions for these
 * carry only the path ({@code AccessDeniedException: /archivo/2021}), which tells an archivist nothing
 * the path beside it does not; the reason says what happened ({@code permission denied}).
 */
final class ReadFailures {

    private ReadFailures() {}

    /** Why a file could not be read, as stored with it; retried on the next run. */
    static String ofFile(Throwable error) {
        return ExtractionFailure.UNREADABLE.sentence() + " (" + cause(error) + ")";
    }

    /** Why a folder could not be opened, as stored with it; retried on the next run. */
    static String ofFolder(Throwable error) {
        return ExtractionFailure.FOLDER_UNREADABLE.sentence() + " (" + cause(error) + ")";
    }

    static String cause(Throwable error) {
        Throwable cause = error instanceof DirectoryIteratorException wrapped ? wrapped.getCause() : error;
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "it is no longer there";
        }
        if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            // The system's own words ("Input/output error"), without the path repeated.
            return fileSystem.getReason();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
