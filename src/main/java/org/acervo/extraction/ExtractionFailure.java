package org.acervo.extraction;

/** Why a file gave no text, in words an archivist understands. Stored with the document and shown by {@code status}. */
public enum ExtractionFailure {
    EMPTY("empty file: it has no content"),
    ENCRYPTED("encrypted document: it needs a password to be opened"),
    CORRUPT("damaged or truncated file: it could not be read"),
    WRONG_FORMAT("the file's name does not match its content"),
    UNSUPPORTED("unsupported format: Acervo cannot read this kind of file"),
    NO_TEXT("no text found, not even by OCR"),
    TIMED_OUT("reading took too long and was stopped"),
    OUT_OF_MEMORY("the document needs more memory than a reader is given and was stopped"),
    CRASHED("the reader crashed on this document"),
    UNREADABLE("the file could not be opened"),
    /** A folder the listing could not open: its files are unknown, so the folder itself is the failure. */
    FOLDER_UNREADABLE("the folder could not be opened"),
    /**
     * The disk of the temporary files was full: not the document's failure. The ingest stops on it
     * rather than record it; it is retried in case an older version ever stored it.
     */
    DISK_FULL("no space left on device for temporary files");

    private final String sentence;

    ExtractionFailure(String sentence) {
        this.sentence = sentence;
    }

    /** A sentence for people, without the detail. */
    public String sentence() {
        return sentence;
    }

    /**
     * Whether this failure came from a limit or an accident rather than from the file itself: a
     * timeout, a reader out of memory or crashed, a file or folder that could not be opened (permission
     * denied, say: an administrator may grant it). Those are tried
     * again on the next run (a longer {@code --timeout} may well succeed); a failure of the content
     * (empty, encrypted, damaged, unsupported) stays until the file changes.
     */
    public boolean isRetried() {
        return RETRIED.contains(this);
    }

    /** The failures of a limit or an accident, not of the content ({@link #isRetried()}). */
    private static final java.util.Set<ExtractionFailure> RETRIED =
            java.util.EnumSet.of(TIMED_OUT, OUT_OF_MEMORY, CRASHED, UNREADABLE, FOLDER_UNREADABLE, DISK_FULL);

    /**
     * The kind of a stored failure reason (its sentence, maybe with a detail after it), or empty for a
     * reason no kind says (written by an older Acervo): what {@code status} groups failures by.
     */
    public static java.util.Optional<ExtractionFailure> of(String reason) {
        ExtractionFailure found = null;
        if (reason != null) {
            for (ExtractionFailure failure : values()) {
                if (reason.startsWith(failure.sentence)
                        && (found == null || failure.sentence.length() > found.sentence.length())) {
                    found = failure;
                }
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /**
     * The kind of a stored failure: its code ({@link #name()}), or, for a document stored before codes were
     * (or a code this version does not know), the kind its reason's sentence says ({@link #of(String)}).
     */
    public static java.util.Optional<ExtractionFailure> of(String code, String reason) {
        if (code != null) {
            for (ExtractionFailure failure : values()) {
                if (failure.name().equals(code)) {
                    return java.util.Optional.of(failure);
                }
            }
        }
        return of(reason);
    }

    /** Whether a stored failure reason (its sentence, maybe with a detail after it) is one {@link #isRetried()} retries. */
    public static boolean isRetried(String reason) {
        if (reason == null) {
            return false;
        }
        for (ExtractionFailure failure : values()) {
            if (failure.isRetried() && reason.startsWith(failure.sentence)) {
                return true;
            }
        }
        return false;
    }
}
