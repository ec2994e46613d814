package org.acervo.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acervo.language.BadArgument;
import picocli.CommandLine.Model.CommandSpec;

/** Option values checked the same way by {@code ingest} and {@code run}: a bad value is a usage error (exit 2). */
final class Options {

    private Options() {}

    static long timeout(CommandSpec spec, long seconds) {
        if (seconds < 1) {
            throw BadArgument.usage(spec.commandLine(), "error.timeoutMin", seconds);
        }
        return seconds;
    }

    static int threads(CommandSpec spec, int value) {
        if (value < 1 || value > 64) {
            throw BadArgument.usage(spec.commandLine(), "error.threadsRange", value);
        }
        return value;
    }

    /** Every input must be there before a job starts: "no such folder or file: /tmp/x" is a usage error, not a stack trace. */
    static void inputsExist(CommandSpec spec, List<Path> inputs) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw BadArgument.usage(spec.commandLine(), "error.noInput", input.toString());
            }
        }
    }
}
