package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.acervo.fixtures.CliRun;
import org.acervo.language.Texts;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The usage help: Spanish by default from {@code help_es.properties}, English with {@code --lang en}. */
class HelpLanguageTest {

    @Test
    void theHelpOfEveryCommandIsSpanishByDefault() {
        CliRun root = CliRun.of("--help");
        assertThat(root.code()).isZero();
        assertThat(root.out())
                .startsWith("Uso: acervo [-hV] [ORDEN]")
                .contains(
                        "Convierte un archivo de informes",
                        "Órdenes:",
                        "Opciones:",
                        "Muestra esta ayuda y termina.",
                        "Muestra la versión y termina.",
                        "  search   Busca en el índice")
                .doesNotContain("Usage:", "Commands:", "Show this help message");
        for (Class<?> command : AcervoCommand.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            CliRun help = CliRun.of(name, "--help");
            assertThat(help.code()).as(name).isZero();
            assertThat(help.out())
                    .as(name)
                    .startsWith("Uso: acervo " + name)
                    .contains("Opciones:", "Muestra esta ayuda y termina.")
                    .doesNotContain("Usage:", "Show this help message", "(default");
        }
        assertThat(CliRun.of("search", "--help").out())
                .contains(
                        "Argumentos:",
                        "Escribe JSON en vez de texto.",
                        "Solo documentos fechados en este año.",
                        "Idioma de lo que se escribe para las personas");
    }

    @Test
    void theHelpIsEnglishWithLangEn() {
        List<String> withLang = new ArrayList<>();
        CommandLine all = AcervoCommand.commandLine(Texts.of(Texts.ENGLISH), "--help");
        for (Map.Entry<String, CommandLine> command : all.getSubcommands().entrySet()) {
            if (command.getValue().getCommandSpec().findOption("--lang") == null) {
                continue;
            }
            withLang.add(command.getKey());
            for (String[] args : List.of(
                    new String[] {command.getKey(), "--lang", "en", "--help"},
                    new String[] {command.getKey(), "--help", "--lang=en"})) {
                CliRun help = CliRun.of(args);
                assertThat(help.code()).as(String.join(" ", args)).isZero();
                assertThat(help.out())
                        .as(String.join(" ", args))
                        .startsWith("Usage: acervo " + command.getKey())
                        .contains("Show this help message and exit.", "Language of what is printed for people")
                        .doesNotContain("Uso:", "Opciones:", "Muestra esta ayuda");
            }
        }
        assertThat(withLang).contains("run", "ingest", "search", "xref", "status", "serve");
        // The root and extract have no --lang; picocli lets an unknown option pass when the help is asked for.
        for (String[] args :
                List.of(new String[] {"--lang", "en", "--help"}, new String[] {"extract", "--help", "--lang=en"})) {
            CliRun help = CliRun.of(args);
            assertThat(help.code()).as(String.join(" ", args)).isZero();
            assertThat(help.out())
                    .as(String.join(" ", args))
                    .startsWith("Usage: acervo")
                    .contains("Show this help message and exit.")
                    .doesNotContain("Uso:", "Opciones:", "Muestra esta ayuda");
        }
        assertThat(CliRun.of("--lang", "en", "--help").out()).contains("Commands:", "Turns an archive of reports");
        assertThat(CliRun.of("search", "--lang", "en", "--help").out())
                .contains("Print JSON instead of text.", "Only documents dated in this year.");
    }

    /** A forgotten key leaves the annotation's English in the Spanish help: every text must differ from it. */
    @Test
    void noDescriptionIsLeftInEnglish() {
        Map<String, CommandLine> spanish = commands(AcervoCommand.commandLine(Texts.of(Texts.SPANISH), "--help"));
        Map<String, CommandLine> english = commands(AcervoCommand.commandLine(Texts.of(Texts.ENGLISH), "--help"));
        assertThat(spanish.keySet())
                .containsExactlyElementsOf(english.keySet())
                .hasSize(AcervoCommand.SUBCOMMANDS.size() + 1);
        int texts = 0;
        for (String name : english.keySet()) {
            CommandSpec es = spanish.get(name).getCommandSpec();
            CommandSpec en = english.get(name).getCommandSpec();
            assertThat(differs(
                            name,
                            es.usageMessage().description(),
                            en.usageMessage().description()))
                    .isTrue();
            texts++;
            for (OptionSpec option : en.options()) {
                OptionSpec translated = es.findOption(option.longestName());
                assertThat(differs(name + " " + option.longestName(), translated.description(), option.description()))
                        .isTrue();
                texts++;
            }
            for (PositionalParamSpec parameter : en.positionalParameters()) {
                PositionalParamSpec translated =
                        es.positionalParameters().get(en.positionalParameters().indexOf(parameter));
                assertThat(differs(
                                name + " " + parameter.paramLabel(), translated.description(), parameter.description()))
                        .isTrue();
                texts++;
            }
        }
        assertThat(texts).isGreaterThan(60);
    }

    /** A key no command reads is one a rename left behind. */
    @Test
    void everyKeyOfTheBundleIsRead() {
        Recording bundle = new Recording(AcervoCommand.spanishHelp());
        CommandLine cli = AcervoCommand.commandLine(Texts.of(Texts.SPANISH), "--help");
        cli.setResourceBundle(bundle);
        for (CommandLine command : commands(cli).values()) {
            assertThat(command.getUsageMessage()).isNotBlank();
        }
        Set<String> unread = new TreeSet<>(AcervoCommand.spanishHelp().keySet());
        unread.removeAll(bundle.read);
        assertThat(unread).as("keys of help_es.properties no command reads").isEmpty();
    }

    @Test
    void theBundleIsUtf8WithEachKeyOnce() throws IOException {
        String text;
        try (InputStream in = AcervoCommand.class.getResourceAsStream("help_es.properties")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).contains("Órdenes:", "versión").doesNotContain("\uFFFD");
        List<String> keys = text.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(AcervoCommand.spanishHelp().getString("usage.synopsisHeading"))
                .isEqualTo("Uso: ");
    }

    /** The root and its subcommands, by qualified name. */
    private static Map<String, CommandLine> commands(CommandLine root) {
        Map<String, CommandLine> commands = new LinkedHashMap<>();
        commands.put(root.getCommandName(), root);
        root.getSubcommands().forEach((name, command) -> commands.put(root.getCommandName() + " " + name, command));
        return commands;
    }

    private static boolean differs(String what, String[] spanish, String[] english) {
        String es = String.join(" ", spanish);
        String en = String.join(" ", english);
        assertThat(es).as("Spanish of %s", what).isNotBlank().isNotEqualTo(en);
        return true;
    }

    /** The bundle, noting each key picocli reads from it. */
    private static final class Recording extends ResourceBundle {

        private final ResourceBundle bundle;
        private final Set<String> read = Collections.synchronizedSet(new HashSet<>());

        Recording(ResourceBundle bundle) {
            this.bundle = bundle;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (!bundle.containsKey(key)) {
                return null;
            }
            read.add(key);
            return bundle.getObject(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return bundle.getKeys();
        }

        /** Not ResourceBundle's, which reads every key to list them. */
        @Override
        protected Set<String> handleKeySet() {
            return bundle.keySet();
        }
    }
}
