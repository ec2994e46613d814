package org.acervo.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.Relation;
import org.acervo.recognition.DocumentRecognizer;
import org.acervo.recognition.Recognition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code acervo extract}: text and mentions of files, without an index; one JSON object per file. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract text and recognize dates, oficios and acuerdos in files, without indexing them.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "file", description = "Files to read.")
    private List<Path> files;

    @Option(names = "--json", description = "One JSON object per file, one per line (the only output format for now).")
    private boolean json;

    @Mixin
    private OcrOption ocr;

    @Option(names = "--text", description = "Include each page's text in the JSON (\"text\": [..]).")
    private boolean text;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        OcrMode mode = ocr.mode();
        PrintWriter out = spec.commandLine().getOut();
        DocumentRecognizer recognizer = new DocumentRecognizer();
        // Built here, not in a static field: picocli creates every command to list them, and a search need not build a
        // mapper for extract.
        JsonMapper mapper = JsonMapper.builder().build();
        boolean missing = false;
        try (TextExtractor extractor = new TextExtractor(mode, Duration.ofMinutes(10))) {
            for (Path file : files) {
                missing |= !Files.isRegularFile(file);
                out.println(mapper.writeValueAsString(describe(file, extractor, recognizer)));
                out.flush();
            }
        }
        // A file that cannot be read is an answer ({"path", "error"}); a file that is not there is a mistake.
        return missing ? 1 : 0;
    }

    /** What {@code extract} prints for one file: {@link Read}, or {@link Unread} with the reason. */
    private Object describe(Path file, TextExtractor extractor, DocumentRecognizer recognizer) {
        if (!Files.isRegularFile(file)) {
            return new Unread(file.toString(), "no such file");
        }
        Extraction extraction = extractor.extract(file);
        extraction.discardAttachments();
        if (!extraction.succeeded()) {
            return new Unread(file.toString(), extraction.reason());
        }
        Recognition recognition = recognizer.recognize(extraction.pages());
        return new Read(
                file.toString(),
                extraction.sha256(),
                extraction.pages().size(),
                extraction.ocr(),
                recognition.documentDate(),
                recognition.documentNumber(),
                recognition.mentions(),
                recognition.relations(),
                recognition.events(),
                text ? extraction.pages() : null);
    }

    /** A file that could not be read: {@code {"path", "error"}}. */
    record Unread(String path, String error) {}

    /**
     * A file read, as Jackson writes it: mentions, relations and events in the shape the index stores and
     * {@code /api/doc} shows; {@code text} only with {@code --text}.
     */
    record Read(
            String path,
            String sha256,
            int pages,
            boolean ocr,
            String documentDate,
            String documentNumber,
            List<Mention> mentions,
            List<Relation> relations,
            List<Event> events,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> text) {}
}
