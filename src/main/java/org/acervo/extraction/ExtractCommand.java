package org.acervo.extraction;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.acervo.recognition.DocumentRecognizer;
import org.acervo.recognition.Recognition;
import picocli.CommandLine.Command;
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

    @Option(
            names = "--ocr",
            paramLabel = "MODE",
            defaultValue = "auto",
            description = "auto, always or never (default: auto).")
    private String ocr;

    @Option(names = "--text", description = "Include each page's text in the JSON (\"text\": [..]).")
    private boolean text;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        OcrMode mode = OcrOption.parse(spec, ocr);
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

    private Map<String, Object> describe(Path file, TextExtractor extractor, DocumentRecognizer recognizer) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("path", file.toString());
        if (!Files.isRegularFile(file)) {
            result.put("error", "no such file");
            return result;
        }
        Extraction extraction = extractor.extract(file);
        extraction.discardAttachments();
        if (!extraction.succeeded()) {
            result.put("error", extraction.reason());
            return result;
        }
        Recognition recognition = recognizer.recognize(extraction.pages());
        result.put("sha256", extraction.sha256());
        result.put("pages", extraction.pages().size());
        result.put("ocr", extraction.ocr());
        result.put("documentDate", recognition.documentDate());
        result.put("documentNumber", recognition.documentNumber());
        // The records as Jackson writes them: the shape the index stores and /api/doc shows.
        result.put("mentions", recognition.mentions());
        result.put("relations", recognition.relations());
        result.put("events", recognition.events());
        if (text) {
            result.put("text", extraction.pages());
        }
        return result;
    }
}
