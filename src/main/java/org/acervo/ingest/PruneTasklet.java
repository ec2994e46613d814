package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.acervo.document.DocumentId;
import org.acervo.index.DocumentIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Tidies the paths indexed under the inputs once their files were read. With {@code --prune}, unlists
 * those whose files are gone (a document is deleted when it has no path left); every pruned path is
 * recorded and reported, never silent. On every run, unlists the failure of a folder that can be read
 * again: its files were just listed and read under their own paths, and {@code status} would otherwise
 * keep showing a folder that is fine.
 */
final class PruneTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PruneTasklet.class);

    static final String PRUNED = "acervo.pruned";

    private final DocumentIndex index;
    private final List<Path> inputs;
    private final boolean prune;

    PruneTasklet(DocumentIndex index, List<Path> inputs, boolean prune) {
        this.index = index;
        this.inputs = inputs;
        this.prune = prune;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<String> pruned = new ArrayList<>();
        for (Map.Entry<String, String> indexed : pathsUnderInputs().entrySet()) {
            String path = indexed.getKey();
            String sha = indexed.getValue();
            if (prune && gone(path)) {
                index.removePath(sha, path);
                pruned.add(path);
            } else if (DocumentId.isByPath(sha) && readableFolder(path)) {
                log.info("{} can be read again: its failure is unlisted", path);
                index.removePath(sha, path);
            }
        }
        index.commit();
        chunkContext.getStepContext().getStepExecution().getExecutionContext().put(PRUNED, pruned);
        contribution.incrementWriteCount(pruned.size());
        return RepeatStatus.FINISHED;
    }

    private SortedMap<String, String> pathsUnderInputs() throws IOException {
        SortedMap<String, String> paths = new TreeMap<>();
        for (Path input : inputs) {
            // A string prefix also finds /archivo/2021b under /archivo/2021: underInputs tells them apart.
            index.pathsStartingWith(input.toString()).forEach((path, sha) -> {
                if (underInputs(Path.of(containerOf(path)))) {
                    paths.put(path, sha);
                }
            });
        }
        return paths;
    }

    /**
     * Whether an indexed path is surely gone: the file is not there, nor a container it is a member of
     * (archive.zip!/oficio.pdf stays while archive.zip does). Asked of the file system, not of the
     * listing, so that a file that exists is never pruned: one excluded by a glob, or one inside a folder
     * that cannot be read now (whose existence cannot be told: {@code notExists} is then false too).
     * "!/" may be part of a real path, a folder named "¡Urgente!", so every place it stands is tried,
     * and the path itself first.
     */
    static boolean gone(String path) {
        if (!Files.notExists(Path.of(path))) {
            return false;
        }
        for (int at = path.indexOf(FileOutcome.MEMBER); at >= 0; at = path.indexOf(FileOutcome.MEMBER, at + 1)) {
            if (!Files.notExists(Path.of(path.substring(0, at)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a path recorded as failed is a folder that opens now. */
    private static boolean readableFolder(String path) {
        Path folder = Path.of(path);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The part of an indexed path before its first "!/", to tell whether it lies under the inputs. */
    private static String containerOf(String path) {
        int member = path.indexOf(FileOutcome.MEMBER);
        return member < 0 ? path : path.substring(0, member);
    }

    private boolean underInputs(Path path) {
        return inputs.stream().anyMatch(path::startsWith);
    }
}
