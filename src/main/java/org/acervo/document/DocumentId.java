package org.acervo.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A document's identity, the one place it is made. Two forms:
 *
 * <ul>
 *   <li>{@code 3f8a…} (64 hex digits): the SHA-256 of the file's bytes, for every document whose content was
 *       read ({@link #of(Path)}); identical files under two paths are one document;
 *   <li>{@code path-3f8a…}: the SHA-256 of its path's text after {@code path-}, for a failure whose content is
 *       unknown (a folder or file that could not be opened, a member refused or nested too deep:
 *       {@link #byPath(String)}).
 * </ul>
 */
public final class DocumentId {

    private static final String BY_PATH = "path-";
    private static final Pattern CONTENT = Pattern.compile("[0-9a-f]{64}");

    private DocumentId() {}

    /** The identity of a file's content: the hex SHA-256 of its bytes. */
    public static String of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The identity of a failure recorded for a path whose content is unknown (unreadable, refused, too deep). */
    public static String byPath(String path) {
        return BY_PATH + sha256(path);
    }

    /** Whether a text is a content's identity, 64 lower-case hex digits (what {@link #of(Path)} gives). */
    public static boolean isContent(String id) {
        return CONTENT.matcher(id).matches();
    }

    /** Whether an identity is {@link #byPath}'s rather than a content's SHA-256. */
    public static boolean isByPath(String id) {
        return id.startsWith(BY_PATH);
    }

    /** The hex SHA-256 of a text (UTF-8), for keys that are not file contents. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
