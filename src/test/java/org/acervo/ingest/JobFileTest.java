package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acervo.fixtures.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job files are read strictly, and their errors name what is wrong in the archivist's terms. */
class JobFileTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() throws Exception {
        Path job = Files.writeString(dir.resolve("x.yaml"), "inputs: [samples]\nthreds: 2\n");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JobFile.read(job))
                .withMessage("unknown key \"threds\" in " + job
                        + " (known: name, inputs, include, exclude, data, ocr, threads, timeout, prune)");
    }

    @Test
    void aJobFileThatCannotBeReadIsAOneLineUsageError() throws Exception {
        Path job = Files.writeString(dir.resolve("x.yaml"), "inputs: [samples]\nthreds: 2\n");
        CliRun bad =
                CliRun.of("run", job.toString(), "--data", dir.resolve("data").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("acervo: clave desconocida \"threds\"");
        CliRun missing = CliRun.of(
                "run",
                dir.resolve("nada.yaml").toString(),
                "--data",
                dir.resolve("data").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("acervo: no existe el archivo de trabajo ");
    }

    @Test
    void anInputThatIsNotThereIsNamedBeforeAnythingRuns() throws Exception {
        Path nowhere = dir.resolve("no-existe");
        CliRun ingest = CliRun.of(
                "ingest", nowhere.toString(), "--data", dir.resolve("data").toString());
        assertThat(ingest.code()).isEqualTo(2);
        assertThat(ingest.err()).startsWith("acervo: no existe la carpeta o el archivo " + nowhere);
        Path job = Files.writeString(dir.resolve("x.yaml"), "inputs: [" + nowhere + "]\n");
        CliRun run =
                CliRun.of("run", job.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("acervo: no existe la carpeta o el archivo " + nowhere);
    }
}
