package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.acervo.index.EntryStatus;
import org.acervo.index.IndexEntry;
import org.acervo.index.IndexSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the JVM in the middle of an ingest (SIGKILL, like a power cut) and runs the same command
 * again: the second run resumes the interrupted one and every file ends in the index exactly once.
 */
class IngestRestartFunctionalTests {

    private static final int FILES = 8;

    @TempDir
    Path inputs;

    @TempDir
    Path data;

    /** Scans that need OCR, so the first run is slow enough to be killed half-way. */
    private void writeScans() throws Exception {
        for (int i = 0; i < FILES; i++) {
            BufferedImage image = new BufferedImage(1400, 300, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
            g.drawString("Oficio No. IEPC/UTC/21/" + (110 + i), 60, 120);
            g.drawString("Durango, 1" + i + " de noviembre de 2021", 60, 200);
            g.dispose();
            ImageIO.write(image, "png", inputs.resolve("oficio-" + i + ".png").toFile());
        }
    }

    private Process start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dacervo.chunk-size=1",
                "-cp", System.getProperty("java.class.path"),
                "org.acervo.Application", "ingest", inputs.toString(), "--data", data.toString(), "--threads", "1");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectErrorStream(true);
        return builder.start();
    }

    @Test
    void aKilledRunResumesAndEveryFileIsIndexedExactlyOnce() throws Exception {
        // given a first run killed after it has committed some files
        writeScans();
        Process first = start();
        List<String> firstOutput = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                firstOutput.add(line);
                if (line.matches("\\[ ?2/\\d+] .*")) {
                    first.destroyForcibly();
                    break;
                }
            }
        }
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(firstOutput).as("first run output").anyMatch(l -> l.matches("\\[ ?2/8] indexed .*"));
        assertThat(firstOutput).noneMatch(l -> l.startsWith("Run summary"));

        // when the same command runs again
        Process second = start();
        String secondOutput = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // then it resumed, finished, and holds each file once
        assertThat(second.exitValue()).as(secondOutput).isZero();
        assertThat(secondOutput).contains("resumed after an interrupted run").contains("COMPLETED");
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            List<IndexEntry> entries = snapshot.entries();
            assertThat(entries).hasSize(FILES).allMatch(e -> e.status() == EntryStatus.INDEXED);
            assertThat(entries.stream().flatMap(e -> e.paths().stream()))
                    .hasSize(FILES).doesNotHaveDuplicates();
            assertThat(snapshot.searcher().getIndexReader().numDocs())
                    .as("one doc record and one page record per file").isEqualTo(2 * FILES);
            assertThat(entries).allSatisfy(e -> assertThat(e.mentions()).anyMatch(m -> m.value().startsWith("IEPC/UTC/21/1")));
        }
        assertThat(new File(data.toFile(), "acervo.log")).exists();
    }
}
