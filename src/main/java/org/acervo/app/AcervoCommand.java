package org.acervo.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.acervo.batch.BatchCommand;
import org.acervo.crossref.XrefCommand;
import org.acervo.document.DataDirOption;
import org.acervo.document.DiskFullException;
import org.acervo.extraction.ExtractCommand;
import org.acervo.ingest.IngestCommand;
import org.acervo.ingest.RunCommand;
import org.acervo.ingest.StatusCommand;
import org.acervo.ingest.WorkerCommand;
import org.acervo.language.BadArgument;
import org.acervo.language.Texts;
import org.acervo.search.SearchCommand;
import org.acervo.web.ServeCommand;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: subcommands, exit codes, and errors as one line for people. */
@Command(
        name = "acervo",
        mixinStandardHelpOptions = true,
        version = "Acervo 0.1.0",
        description = "Turns an archive of reports, oficios and actas into a searchable, cross-referenced collection.")
public final class AcervoCommand implements Runnable {

    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            RunCommand.class,
            IngestCommand.class,
            ExtractCommand.class,
            SearchCommand.class,
            BatchCommand.class,
            XrefCommand.class,
            StatusCommand.class,
            ServeCommand.class,
            WorkerCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw BadArgument.usage(spec.commandLine(), "error.noCommand");
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 failed, 2 bad usage. */
    public static int execute(String... args) {
        Path dataDir = dataDir(args);
        Thread logging = startLogging(dataDir);
        Texts texts = language(args);
        CommandLine cli = commandLine(texts, args);
        // File names and document text reach the terminal: their control characters are shown, not obeyed.
        cli.setOut(new PrintWriter(new TerminalSafeWriter(cli.getOut()), true));
        cli.setErr(new PrintWriter(new TerminalSafeWriter(cli.getErr()), true));
        OneLineErrors errors = new OneLineErrors(dataDir, texts);
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        awaitLogging(logging);
        LoggerFactory.getLogger(AcervoCommand.class).info("acervo {}", String.join(" ", args));
        return cli.execute(args);
    }

    /**
     * The command line for these arguments, its usage help in the language: Spanish from
     * {@code help_es.properties}, English from the annotations (no bundle).
     */
    static CommandLine commandLine(Texts texts, String... args) {
        CommandLine cli = new CommandLine(new AcervoCommand(), new Commands());
        for (Class<?> command : subcommandsFor(args)) {
            cli.addSubcommand(command);
        }
        // After the subcommands: picocli gives the bundle to the commands it has.
        if (!Texts.ENGLISH.equals(texts.locale())) {
            cli.setResourceBundle(spanishHelp());
        }
        return cli;
    }

    /**
     * The usage help's Spanish, picocli's headings and the descriptions of the commands and options
     * (keys as picocli's {@link CommandLine.Model.Messages} looks them up). Read as UTF-8 from the file
     * itself: no search through locales and class names, and no {@code ResourceBundle.Control}.
     */
    static ResourceBundle spanishHelp() {
        try (InputStream in = AcervoCommand.class.getResourceAsStream("help_es.properties")) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The subcommand the first argument names, alone: picocli reads every option of every command it
     * is given, and a search need not wait for the options of ingest. Anything else (no command, the
     * help, the version, a misspelt command) gets them all, for the usage and "did you mean".
     */
    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /**
     * Creates the commands as picocli's own factory does, except the two that run an ingest: they are given
     * the closing table, which ingest cannot make itself (it does not use crossref). A class, not a lambda,
     * as {@link OneLineErrors} says.
     */
    private static final class Commands implements CommandLine.IFactory {

        private final CommandLine.IFactory standard = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == IngestCommand.class) {
                return type.cast(new IngestCommand(ClosingTable::print));
            }
            if (type == RunCommand.class) {
                return type.cast(new RunCommand(ClosingTable::print));
            }
            return standard.create(type);
        }
    }

    /**
     * Errors as one line for people: a failure (exit 1) with its stack trace in the log, a usage error
     * (exit 2) with the usage. A class, not lambdas: a lambda on picocli's interfaces keeps picocli's
     * classes (of an old class-file version) out of the launcher's class-data-sharing archive.
     */
    private static final class OneLineErrors
            implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

        private final Path dataDir;
        private final Texts texts;

        OneLineErrors(Path dataDir, Texts texts) {
            this.dataDir = dataDir;
            this.texts = texts;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            LoggerFactory.getLogger(AcervoCommand.class).error("Command failed", e);
            PrintWriter err = commandLine.getErr();
            // A full disk reaches every command that writes (status opens the job repository too): one sentence for
            // all.
            Throwable error = DiskFullException.inDataDir(e, dataDir)
                    .<Throwable>map(full -> full)
                    .orElse(e);
            err.println("acervo: " + texts.say(error).orElseGet(() -> message(error)));
            err.flush();
            return 1;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("acervo: " + said(e));
            // "serch", "--thread": picocli knows the nearest command or option; say it before the usage.
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getSuggestions().isEmpty()) {
                // A command is named in full ("acervo search"), as picocli names it; an option alone.
                String prefix = unmatched.isUnknownOption()
                        ? ""
                        : e.getCommandLine().getCommandSpec().qualifiedName() + " ";
                err.println(texts.get(
                        unmatched.isUnknownOption() ? "error.possible" : "error.didYouMean",
                        String.join(
                                texts.get("error.or"),
                                unmatched.getSuggestions().stream()
                                        .map(s -> prefix + s)
                                        .toList())));
            }
            e.getCommandLine().usage(err);
            err.flush();
            return 2;
        }

        /**
         * A usage error in the command's language: the sentence of a value Acervo refused
         * ({@code --ocr sometimes}), picocli's commonest errors in these words, any other in picocli's (English).
         */
        private String said(CommandLine.ParameterException e) {
            Optional<String> ours = texts.say(e);
            if (ours.isPresent()) {
                return e.getArgSpec() instanceof CommandLine.Model.OptionSpec option
                        ? option.longestName() + ": " + ours.get()
                        : ours.get();
            }
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getUnmatched().isEmpty()) {
                return texts.get("error.unmatched", String.join(" ", unmatched.getUnmatched()));
            }
            if (e instanceof CommandLine.MissingParameterException missing
                    && !missing.getMissing().isEmpty()) {
                return texts.get(
                        "error.missing",
                        String.join(
                                ", ",
                                missing.getMissing().stream()
                                        .map(a -> a instanceof CommandLine.Model.OptionSpec o
                                                ? o.longestName()
                                                : a.paramLabel())
                                        .toList()));
            }
            return e.getMessage();
        }
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null
                && (cause.getMessage() == null || cause instanceof java.lang.reflect.UndeclaredThrowableException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
    }

    /** The language the arguments ask for ({@code --lang en}), before picocli reads them: Spanish unless English. */
    private static Texts language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--lang") && i + 1 < args.length
                    ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            if (value != null
                    && value.strip().toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                return Texts.of(Texts.ENGLISH);
            }
        }
        return Texts.of(Texts.SPANISH);
    }

    /** The data directory the arguments name, before picocli reads them: the log file goes there. */
    private static Path dataDir(String[] args) {
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data=")) {
                data = Path.of(args[i].substring("--data=".length()));
            }
        }
        return data != null ? data.toAbsolutePath().normalize() : DataDirOption.defaultDir();
    }

    /**
     * Library logs go to {@code acervo.log} in the data directory, never to the console; logback reads
     * the location from a system property, so it is set before the first logger exists. Logback starts
     * on a thread of its own while picocli reads the commands' annotations: each takes about a fifth of
     * a second, and on two cores they take it together. Nothing logs before {@link #awaitLogging}.
     */
    private static Thread startLogging(Path dataDir) {
        System.setProperty("acervo.log.file", dataDir.resolve("acervo.log").toString());
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "acervo-logging");
        logging.setDaemon(true);
        logging.start();
        return logging;
    }

    private static void awaitLogging(Thread logging) {
        try {
            logging.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
