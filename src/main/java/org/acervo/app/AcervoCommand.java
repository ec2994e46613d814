package org.acervo.app;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.acervo.crossref.XrefCommand;
import org.acervo.document.DataDirOption;
import org.acervo.document.DiskFullException;
import org.acervo.ingest.StatusCommand;
import org.acervo.search.SearchCommand;
import org.acervo.web.ServeCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: subcommands, exit codes, and errors as one line for people. */
@Command(name = "acervo", mixinStandardHelpOptions = true, version = "Acervo 0.1.0",
        description = "Turns an archive of reports, oficios and actas into a searchable, cross-referenced collection.",
        subcommands = {RunCommand.class, IngestCommand.class, ExtractCommand.class, SearchCommand.class,
                XrefCommand.class, StatusCommand.class, ServeCommand.class})
public final class AcervoCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 failed, 2 bad usage. */
    public static int execute(String... args) {
        Path dataDir = configureLogFile(args);
        CommandLine cli = new CommandLine(new AcervoCommand());
        // File names and document text reach the terminal: their control characters are shown, not obeyed.
        cli.setOut(new PrintWriter(new TerminalSafeWriter(cli.getOut()), true));
        cli.setErr(new PrintWriter(new TerminalSafeWriter(cli.getErr()), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            LoggerFactory.getLogger(AcervoCommand.class).error("Command failed", e);
            PrintWriter err = commandLine.getErr();
            // A full disk reaches every command that writes (status opens the job repository too): one sentence for all.
            err.println("acervo: " + DiskFullException.inDataDir(e, dataDir).map(Throwable::getMessage).orElseGet(() -> message(e)));
            err.flush();
            return 1;
        });
        cli.setParameterExceptionHandler((e, parsedArgs) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("acervo: " + e.getMessage());
            // "serch", "--thread": picocli knows the nearest command or option; say it before the usage.
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            e.getCommandLine().usage(err);
            err.flush();
            return 2;
        });
        return cli.execute(args);
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof java.lang.reflect.UndeclaredThrowableException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /**
     * Library logs go to {@code acervo.log} in the data directory, never to the console; logback reads
     * the location from a system property, so it must be set before the first logger exists.
     *
     * @return the data directory
     */
    private static Path configureLogFile(String[] args) {
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data=")) {
                data = Path.of(args[i].substring("--data=".length()));
            }
        }
        Path dir = data != null ? data.toAbsolutePath().normalize() : DataDirOption.defaultDir();
        System.setProperty("acervo.log.file", dir.resolve("acervo.log").toString());
        Logger log = LoggerFactory.getLogger(AcervoCommand.class);
        log.info("acervo {}", String.join(" ", args));
        return dir;
    }
}
