package org.acervo.document;

import java.util.Collection;

/**
 * Paths as an archivist reads them on a page: below the archive's folder, the file name first
 * ({@code oficio-104.pdf — 2021/oficios/}), as the tables show them; the full path is for a tooltip.
 *
 * @param root the deepest folder holding every document ({@link DisplayPath#root}), or empty
 */
public record ArchivePaths(String root) {

    /** The paths of an archive's documents. */
    public static ArchivePaths of(Collection<String> paths) {
        return new ArchivePaths(DisplayPath.root(paths));
    }

    /** The path below the archive's folder, file name first. */
    public String shown(String path) {
        return DisplayPath.nameFirst(DisplayPath.relative(root, path));
    }
}
