package org.acervo.crossref;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acervo.cluster.ClusterOption;
import org.acervo.document.DataDirOption;
import org.acervo.document.MentionType;
import org.acervo.index.ArchiveIndex;
import org.acervo.language.BadArgument;
import org.acervo.language.LanguageOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acervo xref}: the cross-reference tables, on the console or exported to a file. */
@Command(
        name = "xref",
        mixinStandardHelpOptions = true,
        description = {
            "Print or export a cross-reference table. Default: the identifier index, one row per",
            "(identifier, document), with the first and last date each identifier is seen."
        })
public final class XrefCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Mixin
    private ClusterOption cluster;

    @Mixin
    private LanguageOption language;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "Only oficio, acuerdo, circular or expediente (index and matrix).")
    private String type;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            description = "csv, md, xlsx or html (default: md).")
    private String format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write to this file instead of the console (needed for xlsx).")
    private Path out;

    @Option(names = "--matrix", description = "Documents × identifiers, the pages in the cells.")
    private boolean matrix;

    @Option(
            names = "--chains",
            description = "Answers/cites chains followed transitively, with the documents that are the identifiers.")
    private boolean chains;

    @Option(names = "--register", description = "The correspondence register: dated events in date order.")
    private boolean register;

    @Option(names = "--quality", description = "Documents to review: failed, no date, no identifiers, poor OCR text.")
    private boolean quality;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TableFormat chosen;
        Optional<MentionType> only;
        try {
            chosen = TableFormat.parse(format);
            only = Optional.ofNullable(type).map(XrefRows::identifierType);
        } catch (IllegalArgumentException e) {
            throw BadArgument.usage(spec.commandLine(), e);
        }
        XrefTable which = table();
        if (!chosen.isText() && out == null) {
            throw BadArgument.usage(spec.commandLine(), "error.xlsxOut");
        }
        Table table;
        try (ArchiveIndex index = cluster.openIndex(data.resolve())) {
            table = which.build(XrefSource.of(index), only);
        }
        // CSV keeps the stable column keys; the other formats are for people, in their language.
        table = chosen == TableFormat.CSV ? table : TableWords.forPeople(table, language.texts());
        if (out != null) {
            try (OutputStream file = Files.newOutputStream(out)) {
                chosen.write(table, file);
            }
            spec.commandLine()
                    .getErr()
                    .println(language.texts()
                            .get("cli.xref.written", table.rows().size(), out));
        } else {
            chosen.write(table, spec.commandLine().getOut());
        }
        return 0;
    }

    private XrefTable table() {
        int chosen = (matrix ? 1 : 0) + (chains ? 1 : 0) + (register ? 1 : 0) + (quality ? 1 : 0);
        if (chosen > 1) {
            throw BadArgument.usage(spec.commandLine(), "error.xrefOneTable");
        }
        return matrix
                ? XrefTable.MATRIX
                : chains
                        ? XrefTable.CHAINS
                        : register ? XrefTable.REGISTER : quality ? XrefTable.QUALITY : XrefTable.INDEX;
    }
}
