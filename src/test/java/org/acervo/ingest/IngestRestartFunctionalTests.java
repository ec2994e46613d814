package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.extraction.TestDocuments;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the JVM in the middle of an ingest (SIGKILL, like a power cut) and runs the same command
 * again: the second run resumes the interrupted one and every file ends in the index exactly once.
 */
@Tag("slow")
class IngestRestartFunctionalTests {

    private static final int FILES = 8;

    @TempDir
    Path inputs;

    @TempDir
    Path data;

    /** Scans that need OCR, so the first run is slow enough to be killed half-way. */
    private void writeScans() throws Exception {
        for (int i = 0; i < FILES; i++) {
            BufferedImage image = TestDocuments.scan(
                    "Oficio No. IEPC/UTC/21/" + (110 + i) + "\nDurango, 1" + i + " de noviembre de 2021",
                    1400,
                    300,
                    new Font(Font.SERIF, Font.PLAIN, 44),
                    60,
                    120);
            ImageIO.write(image, "png", inputs.resolve("oficio-" + i + ".png").toFile());
        }
    }

    private Process start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dacervo.chunk-size=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.acervo.Application",
                "ingest",
                inputs.toString(),
                "--data",
                data.toString(),
                "--threads",
                "1");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectErrorStream(true);
        return builder.start();
    }

    @Test
    void aKilledRunResumesAndEveryFileIsIndexedExactlyOnce() throws Exception {
        // given a first run killed after it has committed some files
        writeScans();
        Process first = start();
        List<String> firstOutput = readUntil(first, 2);
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(firstOutput).as("first run output").anyMatch(l -> l.matches("\\[ ?2/" + FILES + "] indexado .*"));
        assertThat(firstOutput).noneMatch(l -> l.startsWith("Resumen de la ejecución"));

        // when the same command runs again
        String secondOutput = runToEnd();

        // then it resumed, finished, and holds each file once
        assertThat(secondOutput).contains("reanudada tras una interrumpida").contains("terminada)");
        assertEveryFileIndexedOnce();
        assertThat(new File(data.toFile(), "acervo.log")).exists();
    }

    @Test
    void killedAtRandomPointsSeveralTimesTheIndexStillEndsCompleteAndSound() throws Exception {
        writeScans();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int kill = 0; kill < 3; kill++) {
            Process run = start();
            // Kill after 0 to 2 finished files, at a random moment within the next file's OCR.
            List<String> output = readUntil(run, random.nextInt(3));
            if (output.stream().anyMatch(l -> l.startsWith("Resumen de la ejecución"))) {
                break;
            }
            Thread.sleep(random.nextInt(800));
            run.destroyForcibly();
            run.waitFor(30, TimeUnit.SECONDS);
        }
        String last = runToEnd();
        // A kill that lands after the job's last commit leaves a finished run: the next one then has
        // nothing to do and says so. Either way the run ends finished, with every file indexed.
        assertThat(last).as("seed " + seed).containsAnyOf("terminada)", "(sin cambios desde la ejecución");
        assertThat(last).as("seed " + seed).containsPattern("fallidos +0\\n");
        assertEveryFileIndexedOnce();
        try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
                CheckIndex check = new CheckIndex(directory)) {
            check.setInfoStream(null);
            assertThat(check.checkIndex().clean)
                    .as("Lucene CheckIndex, seed " + seed)
                    .isTrue();
        }
    }

    /** Reads the run's output until it has printed {@code files} progress lines (or ended). */
    private static List<String> readUntil(Process process, int files) throws Exception {
        List<String> output = new ArrayList<>();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int done = 0;
        if (files == 0) {
            // Wait until the job is under way: its first line says what it ingests.
            String line = out.readLine();
            if (line != null) {
                output.add(line);
            }
            return output;
        }
        for (String line; (line = out.readLine()) != null; ) {
            output.add(line);
            if (line.matches("\\[ *\\d+/\\d+] .*") && ++done == files) {
                break;
            }
        }
        return output;
    }

    private String runToEnd() throws Exception {
        Process run = start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        return output;
    }

    private static int records(IndexSnapshot snapshot, String kind) throws Exception {
        return snapshot.searcher()
                .count(new org.apache.lucene.search.TermQuery(
                        new org.apache.lucene.index.Term(IndexSchema.KIND, kind)));
    }

    private void assertEveryFileIndexedOnce() throws Exception {
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            List<ArchiveDocument> entries = snapshot.entries();
            assertThat(entries).hasSize(FILES).allMatch(e -> e.status() == DocumentStatus.INDEXED);
            assertThat(entries.stream().flatMap(e -> e.paths().stream()))
                    .hasSize(FILES)
                    .doesNotHaveDuplicates();
            assertThat(records(snapshot, IndexSchema.KIND_DOC) + records(snapshot, IndexSchema.KIND_PAGE))
                    .as("one doc record and one page record per file")
                    .isEqualTo(2 * FILES);
            // a file is stamped once it has been still for FileStamp.SETTLE, never twice
            assertThat(records(snapshot, IndexSchema.KIND_STAMP)).isLessThanOrEqualTo(FILES);
            assertThat(snapshot.searcher().getIndexReader().numDocs())
                    .isEqualTo(2 * FILES + records(snapshot, IndexSchema.KIND_STAMP));
            assertThat(entries)
                    .allSatisfy(e ->
                            assertThat(e.mentions()).anyMatch(m -> m.value().startsWith("IEPC/UTC/21/1")));
        }
    }
}
