package org.acervo.document;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Shows a stored absolute path as people want to read it: relative to the working directory as they
 * typed it ({@link #of}), or relative to the archive's own folder with the file name first, for tables
 * ({@link #root}, {@link #relative}, {@link #name}, {@link #folder}).
 *
 * <p>The archive's folder is not stored with the index (an index may be fed by several runs over
 * different inputs), so it is read off the documents' paths: the deepest folder that holds every one of
 * them. One input folder gives that folder or one below it; several give their common parent, so each
 * path still says which input it came from; inputs with nothing in common give {@code /}.
 */
public final class DisplayPath {

    /** Between the file name and its folder, as tables show a path: {@code oficio-104.pdf — 2021/oficios/}. */
    public static final String SEPARATOR = " — ";

    private DisplayPath() {}

    /** The path relative to the working directory when it lies under it, else as stored. */
    public static String of(String path) {
        Path base = Path.of("").toAbsolutePath();
        Path p = Path.of(path);
        return p.startsWith(base) ? base.relativize(p).toString() : path;
    }

    /**
     * The deepest folder holding every path, with a trailing slash ({@code /archivo/}); empty when there
     * are no paths or they are not absolute. A member of a container ({@code cartas.zip!/a.pdf}) counts as
     * its container.
     */
    public static String root(Collection<String> paths) {
        String common = null;
        for (String path : paths) {
            String file = container(path);
            int slash = file.lastIndexOf('/');
            if (!file.startsWith("/") || slash < 0) {
                return "";
            }
            String folder = file.substring(0, slash + 1);
            common = common == null ? folder : commonFolder(common, folder);
        }
        return common == null ? "" : common;
    }

    /** The path below {@code root} ({@code 2021/oficios/oficio-104.pdf}), or the path itself when not under it. */
    public static String relative(String root, String path) {
        return !root.isEmpty() && path.startsWith(root) ? path.substring(root.length()) : path;
    }

    /** The file name of a (relative) path: {@code oficio-104.pdf}; a container's member keeps its container. */
    public static String name(String path) {
        int slash = container(path).lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The folder of a (relative) path with its trailing slash ({@code 2021/oficios/}), empty at the top. */
    public static String folder(String path) {
        int slash = container(path).lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** File name first, then its folder: {@code oficio-104.pdf — 2021/oficios/}. */
    public static String nameFirst(String path) {
        String folder = folder(path);
        return folder.isEmpty() ? name(path) : name(path) + SEPARATOR + folder;
    }

    /** The container's path of a member ({@code a/cartas.zip} for {@code a/cartas.zip!/b/c.pdf}), else the path. */
    private static String container(String path) {
        int bang = path.indexOf("!/");
        return bang < 0 ? path : path.substring(0, bang);
    }

    private static String commonFolder(String a, String b) {
        int end = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                end = i + 1;
            }
        }
        return a.substring(0, end);
    }
}
