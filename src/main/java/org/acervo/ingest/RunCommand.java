package org.acervo.ingest;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.acervo.document.DataDirOption;
import org.acervo.extraction.OcrOption;
import org.acervo.language.BadArgument;
import org.acervo.language.LanguageOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code acervo run JOBFILE}: runs the ingest a job file describes. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the ingest job described by a YAML job file (see jobs/ingest-samples.yaml).")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOBFILE", descriptionKey = "jobfile", description = "The job file.")
    private Path jobFile;

    @Mixin
    private DataDirOption data;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    private final ClosingReport closing;

    /** @param closing what to print after the run's summary */
    public RunCommand(ClosingReport closing) {
        this.closing = closing;
    }

    @Override
    public Integer call() throws Exception {
        JobFile job;
        try {
            job = JobFile.read(jobFile);
        } catch (IllegalArgumentException | NoSuchFileException e) {
            // A job file that cannot be read is a usage error (exit 2), said in one line, in the reader's language.
            throw e instanceof IllegalArgumentException refused
                    ? BadArgument.usage(spec.commandLine(), refused)
                    : BadArgument.usage(spec.commandLine(), "error.noJobFile", jobFile.toString());
        }
        List<Path> inputs = job.inputs().stream().map(Path::of).toList();
        Options.inputsExist(spec, inputs);
        Path dataDir = data.given() != null
                ? data.resolve()
                : job.data() != null ? Path.of(job.data()) : DataDirOption.defaultDir();
        IngestRequest request = new IngestRequest(
                inputs,
                job.include(),
                job.exclude(),
                dataDir,
                OcrOption.parse(spec, job.ocr() == null ? "auto" : job.ocr()),
                Options.threads(spec, job.threads() == null ? IngestRequest.defaultThreads() : job.threads()),
                Options.timeout(spec, job.timeout() == null ? IngestRequest.DEFAULT_TIMEOUT_SECONDS : job.timeout()),
                Boolean.TRUE.equals(job.prune()));
        return Ingestion.run(request, spec.commandLine().getOut(), language.texts(), closing);
    }
}
