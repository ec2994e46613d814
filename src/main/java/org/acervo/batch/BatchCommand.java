package org.acervo.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.acervo.cluster.ClusterOption;
import org.acervo.crossref.Table;
import org.acervo.crossref.TableFormat;
import org.acervo.crossref.TableWords;
import org.acervo.document.DataDirOption;
import org.acervo.index.ArchiveIndex;
import org.acervo.language.BadArgument;
import org.acervo.language.LanguageOption;
import org.acervo.language.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acervo batch FILE}: a list of identifiers looked up at once, one row per (identifier, document),
 * the identifiers not found listed apart. Reads the index alone, as {@code search} and {@code xref} do.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Look up a list of identifiers at once: one per line in any spelling, or a CSV column.",
            "One row per (identifier, document) with pages, date and first mention; the ones not found apart."
        })
public final class BatchCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE",
            descriptionKey = "file",
            description = "The list: one identifier per line, or a CSV; - reads standard input.")
    private String file;

    @Mixin
    private DataDirOption data;

    @Mixin
    private ClusterOption cluster;

    @Mixin
    private LanguageOption language;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            description = "csv, md or xlsx (default: md).")
    private String format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write to this file instead of the console (needed for xlsx).")
    private Path out;

    @Option(
            names = "--column",
            paramLabel = "COLUMN",
            description = "The CSV column, by header or number from 1 (default: detected).")
    private String column;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Texts texts = language.texts();
        TableFormat chosen;
        BatchList list;
        try {
            chosen = TableFormat.parse(format);
            if (chosen == TableFormat.HTML) {
                throw new BadArgument("lote.format", format);
            }
            if (!chosen.isText() && out == null) {
                throw new BadArgument("error.xlsxOut");
            }
            list = BatchList.read(read(file, texts), column, texts);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), texts.say(e).orElse(e.getMessage()));
        }
        if (list.size() == 0) {
            throw new ParameterException(spec.commandLine(), texts.get("lote.empty"));
        }
        BatchResult result;
        try (ArchiveIndex index = cluster.openIndex(data.resolve())) {
            result = BatchSearch.of(index).search(list);
        }
        // CSV keeps the stable column keys; the other formats are for people, in their language.
        Table table = chosen == TableFormat.CSV ? result.table() : TableWords.forPeople(result.table(), texts);
        PrintWriter err = spec.commandLine().getErr();
        String notFound = result.notFound().isEmpty()
                ? null
                : texts.get("lote.cli.notFound", result.notFound().size(), String.join(", ", result.notFound()));
        if (out != null) {
            try (OutputStream stream = Files.newOutputStream(out)) {
                chosen.write(table, stream);
            }
            err.println(texts.get("lote.written", table.rows().size(), out));
        } else {
            PrintWriter console = spec.commandLine().getOut();
            chosen.write(table, console);
            if (notFound != null && chosen == TableFormat.MD) {
                console.println();
                console.println(notFound);
                notFound = null;
            }
            console.flush();
        }
        // CSV on the console or any file: the list of what was not found goes beside it, not into it.
        if (notFound != null) {
            err.println(notFound);
        }
        err.flush();
        return 0;
    }

    /** The file as text: UTF-8, or Windows' Latin-1 where it is not (a CSV saved by an old Excel). */
    private String read(String name, Texts texts) throws IOException {
        byte[] bytes;
        try {
            bytes = name.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(texts.get("lote.noFile", name));
        }
        return BatchText.decode(bytes);
    }
}
