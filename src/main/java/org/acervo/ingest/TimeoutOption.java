package org.acervo.ingest;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --timeout} option of the commands that run the job's files ({@code ingest}, {@code worker}), declared once. */
public final class TimeoutOption {

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "Time limit for one document; past it the file is recorded as timed out (default: 120).")
    private long value;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The limit asked for, in seconds; under 1 is a usage error (exit 2). */
    long seconds() {
        return Options.timeout(spec, value);
    }
}
