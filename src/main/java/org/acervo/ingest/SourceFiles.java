package org.acervo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an ingest covers: every regular file under the inputs that matches an include glob (if
 * any) and no exclude glob, in a stable order so partitions and restarts see the same list.
 * Globs match the path relative to the input folder, e.g. {@code **}{@code /*.pdf} or {@code broken/**}.
 * A folder or file that cannot be read (no permission) is in the list too, to be recorded as failed.
 */
final class SourceFiles {

    private final List<Path> inputs;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    SourceFiles(List<Path> inputs, List<String> include, List<String> exclude) {
        this.inputs = inputs;
        this.include = include.stream().map(SourceFiles::glob).toList();
        this.exclude = exclude.stream().map(SourceFiles::glob).toList();
    }

    /** The files a request covers, as its job lists them. */
    static SourceFiles of(IngestRequest request) {
        return new SourceFiles(request.inputs(), request.include(), request.exclude());
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    /**
     * All matching files and the paths that could not be read, sorted. Fails with a clear message when
     * an input does not exist.
     */
    List<Path> list() {
        return inputs.stream().flatMap(this::walk).distinct().sorted().toList();
    }

    private Stream<Path> walk(Path input) {
        // notExists, not !exists: an input whose existence cannot be told (no permission on its parent)
        // is walked, and recorded as a failure with the reason.
        if (Files.notExists(input)) {
            throw new UncheckedIOException(new NoSuchFileException(input.toString(), null, "no such file or folder"));
        }
        if (Files.isRegularFile(input)) {
            return Stream.of(input);
        }
        SourceWalk walk =
                new SourceWalk(file -> selected(input.relativize(file)), path -> !excluded(input.relativize(path)));
        try {
            Files.walkFileTree(input, walk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return walk.found().stream();
    }

    private boolean selected(Path relative) {
        boolean included = include.isEmpty() || include.stream().anyMatch(m -> matches(m, relative));
        return included && exclude.stream().noneMatch(m -> matches(m, relative));
    }

    /**
     * Whether an exclude glob covers a path that could not be read: the path itself, or whatever a
     * folder there holds ({@code broken/**} covers the folder {@code broken}). Include globs are not
     * asked: a folder that cannot be opened may hold included files.
     */
    private boolean excluded(Path relative) {
        return exclude.stream().anyMatch(m -> matches(m, relative) || matches(m, relative.resolve("_")));
    }

    /** A glob like {@code **}{@code /*.pdf} should also match a file at the top of the input folder. */
    private static boolean matches(PathMatcher matcher, Path relative) {
        return matcher.matches(relative) || matcher.matches(Path.of("_").resolve(relative));
    }

    /** The partition a file belongs to: stable across runs and machines. */
    static int partitionOf(Path file, int partitions) {
        return Math.floorMod(file.toString().hashCode(), partitions);
    }
}
