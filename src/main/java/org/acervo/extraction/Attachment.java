package org.acervo.extraction;

/**
 * A file found inside a container: an e-mail attachment or an archive member.
 *
 * @param name   its name inside the container (may contain folders, e.g. "anexos/oficio.pdf")
 * @param file   a temporary copy of its bytes, or null when it was not copied
 * @param reason why it was not copied (too large, too many), null when it was
 */
public record Attachment(String name, String file, String reason) {

    /** Deletes the temporary copy, for a caller that will not read it. */
    public void discard() {
        if (file != null) {
            TempFiles.delete(java.nio.file.Path.of(file));
        }
    }
}
