package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress of the ingest under way, kept beside the job repository ({@code jobs/running.json}):
 * the run holds the repository's lock, so this is what {@code status} reads meanwhile.
 *
 * @param filesDone files finished so far, an interrupted attempt's included
 * @param files     files in the run
 * @param started   when this attempt started
 */
public record RunningIngest(int filesDone, int files, LocalDateTime started) {

    /** Built when the file is read or written, not when status only asks where it is. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(IngestContext.JOBS).resolve("running.json");
    }

    /** Replaces the file at once (written aside, then moved), so a reader never sees half of it. */
    void write(Path dataDir) throws IOException {
        Path target = file(dataDir);
        Path aside = target.resolveSibling("running.json.tmp");
        Files.writeString(aside, Json.MAPPER.writeValueAsString(this));
        Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void clear(Path dataDir) throws IOException {
        Files.deleteIfExists(file(dataDir));
    }

    /** The progress the running ingest last wrote, if any. */
    public static Optional<RunningIngest> read(Path dataDir) {
        Path file = file(dataDir);
        try {
            return Files.exists(file)
                    ? Optional.of(Json.MAPPER.readValue(Files.readString(file), RunningIngest.class))
                    : Optional.empty();
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }
}
