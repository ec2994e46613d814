package org.acervo.crossref;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.acervo.document.DataDirOption;
import org.acervo.index.IndexSnapshot;
import org.acervo.recognition.MentionType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code acervo xref}: the cross-reference table of identifiers and the documents that cite them. */
@Command(name = "xref", mixinStandardHelpOptions = true,
        description = "Print the cross-reference table: one row per (identifier, document).")
public final class XrefCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only oficio, acuerdo or circular.")
    private String type;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "csv or md (default: md).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the console.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        XrefFormat chosen;
        Optional<MentionType> only;
        try {
            chosen = XrefFormat.parse(format);
            only = Optional.ofNullable(type).map(CrossReferenceTable::identifierType);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<XrefRow> rows;
        try (IndexSnapshot snapshot = IndexSnapshot.open(data.resolve())) {
            rows = CrossReferenceTable.build(snapshot.entries(), only);
        }
        if (out != null) {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                chosen.write(rows, writer);
            }
            spec.commandLine().getErr().printf("%d rows written to %s%n", rows.size(), out);
        } else {
            chosen.write(rows, spec.commandLine().getOut());
        }
        return 0;
    }
}
