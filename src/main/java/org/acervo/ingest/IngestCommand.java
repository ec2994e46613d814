package org.acervo.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acervo.cluster.ClusterFile;
import org.acervo.cluster.ClusterOption;
import org.acervo.document.DataDirOption;
import org.acervo.extraction.OcrOption;
import org.acervo.language.LanguageOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code acervo ingest PATH...}: the ingest job from the command line. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Ingest files and folders into the index (the job of 'run', from the command line).")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            descriptionKey = "path",
            description = "Files or folders to ingest.")
    private List<Path> paths;

    @Mixin
    private DataDirOption data;

    @Mixin
    private ClusterOption cluster;

    @Mixin
    private LanguageOption language;

    @Mixin
    private OcrOption ocr;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Files processed in parallel, one OCR process each (default: the number of cores).")
    private Integer threads;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching this glob (repeatable).")
    private List<String> include = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching this glob (repeatable).")
    private List<String> exclude = List.of();

    @Mixin
    private TimeoutOption timeout;

    @Option(
            names = "--prune",
            description = "Remove from the index the files under PATH that are gone (each is reported).")
    private boolean prune;

    @Option(
            names = "--retry-failed",
            description = "Read again every file that failed, even one whose content failed "
                    + "(encrypted, damaged); failures of a limit or an accident (timed out) are always read again.")
    private boolean retryFailed;

    @Option(
            names = "--verify",
            description =
                    "Read every file to tell whether it changed, even one whose size, dates "
                            + "and inode are those recorded when it was last read (by default such a file is taken as unchanged).")
    private boolean verify;

    @Spec
    private CommandSpec spec;

    private final ClosingReport closing;

    /** @param closing what to print after the run's summary */
    public IngestCommand(ClosingReport closing) {
        this.closing = closing;
    }

    @Override
    public Integer call() throws Exception {
        Options.inputsExist(spec, paths);
        IngestRequest request = new IngestRequest(
                paths,
                include,
                exclude,
                data.resolve(),
                ocr.mode(),
                Options.threads(spec, threads == null ? IngestRequest.defaultThreads() : threads),
                timeout.seconds(),
                prune,
                retryFailed,
                verify);
        Optional<ClusterFile> onCluster = cluster.read();
        if (onCluster.isPresent()) {
            return Ingestion.runOnCluster(
                    request, onCluster.get(), spec.commandLine().getOut(), language.texts());
        }
        return Ingestion.run(request, spec.commandLine().getOut(), language.texts(), closing);
    }
}
