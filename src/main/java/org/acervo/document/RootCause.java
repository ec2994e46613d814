package org.acervo.document;

/** The innermost cause of a failure, as the one line a person reads after "could not …". */
public final class RootCause {

    private RootCause() {}

    /** The first line of the innermost cause's message, or its class name when it has none. */
    public static String firstLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
