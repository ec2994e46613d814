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

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    /** All matching files, sorted. Fails with a clear message when an input does not exist. */
    List<Path> list() {
        return inputs.stream().flatMap(this::walk).distinct().sorted().toList();
    }

    private Stream<Path> walk(Path input) {
        if (!Files.exists(input)) {
            throw new UncheckedIOException(new NoSuchFileException(input.toString(), null, "no such file or folder"));
        }
        if (Files.isRegularFile(input)) {
            return Stream.of(input);
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> selected(input.relativize(file)))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean selected(Path relative) {
        boolean included = include.isEmpty() || include.stream().anyMatch(m -> matches(m, relative));
        return included && exclude.stream().noneMatch(m -> matches(m, relative));
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
