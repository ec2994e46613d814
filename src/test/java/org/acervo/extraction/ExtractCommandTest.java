package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acervo.fixtures.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract}: an answer per file, and a non-zero exit for a file that is not there. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void extractingAFileThatIsNotThereExitsNonZeroAfterTheOthers() throws Exception {
        Path file = Files.writeString(dir.resolve("oficio.txt"), "Oficio No. IEPC/SE/0001/2021");
        CliRun run = CliRun.of("extract", dir.resolve("no-esta.pdf").toString(), file.toString(), "--json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2).first().asString().contains("\"error\":\"no such file\"");
    }

    @Test
    void extractStaysValidJsonWhenThePageHoldsControlCharacters() throws Exception {
        Path file = Files.writeString(dir.resolve("raro.txt"), "Oficio \u0093IEPC/SE/0001/2021\u0094 \u001b[2J fin");
        CliRun run = CliRun.of("extract", file.toString(), "--json", "--text");
        assertThat(run.code()).isZero();
        java.util.Map<?, ?> json =
                tools.jackson.databind.json.JsonMapper.builder().build().readValue(run.out(), java.util.Map.class);
        assertThat(json.get("text").toString()).contains("\u0093IEPC/SE/0001/2021\u0094", "\u001b[2J");
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0093");
    }
}
