package org.acervo.ingest;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.acervo.language.BadArgument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A job file: a small YAML description of an ingest. Relative paths are resolved against the
 * directory acervo runs in, like paths on the command line.
 *
 * <pre>
 * inputs: [samples]            # files or folders (required)
 * include: ["**&#47;*.pdf"]        # globs relative to each input folder (optional)
 * exclude: ["broken/**"]       # (optional)
 * data: data                   # data directory (optional; --data and ACERVO_DATA also set it)
 * ocr: auto                    # auto | always | never (optional, default auto)
 * threads: 2                   # files in parallel (optional, default: the number of cores)
 * timeout: 120                 # seconds one document may take (optional, default 120)
 * prune: false                 # remove documents whose files are gone (optional)
 * </pre>
 */
record JobFile(
        String name,
        List<String> inputs,
        List<String> include,
        List<String> exclude,
        String data,
        String ocr,
        Integer threads,
        Long timeout,
        Boolean prune) {

    /** The keys a job file may hold, in the order the class comment gives them. */
    private static final List<String> KEYS = Arrays.stream(JobFile.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    JobFile {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    static JobFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "job file not found");
        }
        JobFile job;
        try {
            job = YAML.readValue(file.toFile(), JobFile.class);
        } catch (tools.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new BadArgument("error.jobKey", e.getPropertyName(), file.toString(), String.join(", ", KEYS));
        } catch (JacksonException e) {
            throw new BadArgument("error.jobInvalid", file.toString(), e.getOriginalMessage());
        }
        if (job == null || job.inputs().isEmpty()) {
            throw new BadArgument("error.jobNoInputs", file.toString());
        }
        return job;
    }
}
