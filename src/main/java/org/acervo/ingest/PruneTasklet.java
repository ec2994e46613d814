package org.acervo.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acervo.index.DocumentIndex;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * With {@code --prune}, unlists indexed paths under the inputs whose files are gone (a document is
 * deleted when it has no path left). Every pruned path is recorded and reported, never silent.
 */
final class PruneTasklet implements Tasklet {

    static final String PRUNED = "acervo.pruned";

    private final DocumentIndex index;
    private final SourceFiles sources;
    private final List<Path> inputs;
    private final boolean prune;

    PruneTasklet(DocumentIndex index, SourceFiles sources, List<Path> inputs, boolean prune) {
        this.index = index;
        this.sources = sources;
        this.inputs = inputs;
        this.prune = prune;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<String> pruned = new ArrayList<>();
        if (prune) {
            Set<String> present = new HashSet<>();
            sources.list().forEach(p -> present.add(p.toString()));
            for (Map.Entry<String, String> indexed : index.paths().entrySet()) {
                String path = indexed.getKey();
                if (!stillThere(path, present) && underInputs(Path.of(containerOf(path)))) {
                    index.removePath(indexed.getValue(), path);
                    pruned.add(path);
                }
            }
            index.commit();
        }
        chunkContext.getStepContext().getStepExecution().getExecutionContext().put(PRUNED, pruned);
        contribution.incrementWriteCount(pruned.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * Whether an indexed path is a file that is still there, or a member of a container that is
     * (archive.zip!/oficio.pdf stays while archive.zip does). "!/" may be part of a real path too,
     * a folder named "¡Urgente!", so every place it stands is tried, and the path itself first.
     */
    static boolean stillThere(String path, Set<String> present) {
        if (present.contains(path)) {
            return true;
        }
        for (int at = path.indexOf(IngestOutcome.MEMBER); at >= 0; at = path.indexOf(IngestOutcome.MEMBER, at + 1)) {
            if (present.contains(path.substring(0, at))) {
                return true;
            }
        }
        return false;
    }

    /** The part of an indexed path before its first "!/", to tell whether it lies under the inputs. */
    private static String containerOf(String path) {
        int member = path.indexOf(IngestOutcome.MEMBER);
        return member < 0 ? path : path.substring(0, member);
    }

    private boolean underInputs(Path path) {
        return inputs.stream().anyMatch(path::startsWith);
    }
}
