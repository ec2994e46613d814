package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DiskFullException;
import org.acervo.document.DocumentStatus;
import org.acervo.fixtures.CliRun;
import org.acervo.index.IndexSnapshot;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * An ingest into a data directory on a disk that fills up half-way: the run stops with one sentence
 * and exit 1, the index keeps its last commit, and once there is room again the same command
 * finishes every file exactly once. A full disk of temporary files stops the run the same way.
 *
 * <p>The full disk is a tmpfs of a few megabytes, so mounting it needs root; elsewhere the tests
 * are skipped, saying so. It runs the command as typed ({@link CliRun}): the exit code, the sentence and
 * the absence of stack traces are the command's, and the command starts its own Spring Batch context
 * on that directory (job repository included, which the full disk may strike first).
 */
@Tag("slow")
class IngestDiskFullFunctionalTests {

    private static final int FILES = 24;
    /** Room left on the disk: the index of the {@value #FILES} files needs about 2 MB. */
    private static final long ROOM = 1024L * 1024;

    @TempDir
    Path work;

    @Test
    void aFullDiskStopsTheRunWithASentenceAndTheSameCommandFinishesOnceThereIsRoom() throws Exception {
        Path data = work.resolve("data");
        Path inputs = work.resolve("archivo");
        Files.createDirectories(data);
        mountSmallDisk(data);
        String logFile = System.getProperty("acervo.log.file");
        try {
            // given an archive bigger than the room left on the data directory's disk
            writeTextDocuments(inputs);
            Path filler = data.resolve("relleno.bin");
            fill(filler, Files.getFileStore(data).getUsableSpace() - ROOM);
            String[] ingest = {
                "ingest", inputs.toString(), "--data", data.toString(), "--ocr", "never", "--threads", "2"
            };

            // when
            CliRun full = CliRun.of(ingest);

            // then it stops, says why in one sentence, and keeps stack traces off the console
            assertThat(full.code()).as(full.err()).isEqualTo(1);
            assertThat(full.err())
                    .contains("acervo: disco lleno: no queda espacio en " + data)
                    .contains("libere espacio y ejecute la misma orden otra vez");
            assertThat(full.out() + full.err()).doesNotContain("\tat ", "Exception", "Resumen de la ejecución");
            assertIndexSound(data);

            // and status still answers on the full disk: what the index holds, and that the run is to be resumed
            CliRun status = CliRun.of("status", "--data", data.toString());
            assertThat(status.code()).as(status.out() + status.err()).isZero();
            assertThat(status.out())
                    .containsPattern("Documentos: \\d+ indexados, 0 fallidos")
                    .contains("Ingesta interrumpida", "ejecute la misma orden otra vez para reanudarla");

            // when there is room again and the same command runs
            Files.delete(filler);
            CliRun again = CliRun.of(ingest);

            // then it resumes and every file is in the index exactly once
            assertThat(again.code()).as(again.out() + again.err()).isZero();
            assertThat(again.out())
                    .contains("reanudada tras una interrumpida", "terminada)")
                    .containsPattern("archivos vistos +" + FILES + "\n");
            assertThat(count(again.out(), "indexados")
                            + count(again.out(), "sin cambios")
                            + count(again.out(), "fallidos"))
                    .as("the resumed run counts the files of both runs, each once")
                    .isEqualTo(FILES);
            assertIndexSound(data);
            try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
                List<ArchiveDocument> entries = snapshot.entries();
                assertThat(entries).hasSize(FILES).allMatch(e -> e.status() == DocumentStatus.INDEXED);
                assertThat(entries.stream().flatMap(e -> e.paths().stream()))
                        .hasSize(FILES)
                        .doesNotHaveDuplicates();
            }
        } finally {
            releaseLog(logFile);
            unmount(data);
        }
    }

    @Test
    void aFullTemporaryDiskStopsTheRunTooAndNoFileIsRecordedFailedForIt() throws Exception {
        Path temporary = work.resolve("tmp");
        Path data = work.resolve("data");
        Path inputs = work.resolve("archivo");
        Files.createDirectories(temporary);
        mountSmallDisk(temporary);
        try {
            // given an archive whose member must be copied to the temporary disk, which is full
            Files.createDirectories(inputs);
            Files.writeString(inputs.resolve("oficio.txt"), "Oficio No. IEPC/UTC/21/150");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(inputs.resolve("paquete.zip")))) {
                zip.putNextEntry(new ZipEntry("anexo.txt"));
                zip.write("Acuerdo IEPC/CG150/2021".getBytes(StandardCharsets.UTF_8));
            }
            Path filler = temporary.resolve("relleno.bin");
            fill(filler, Files.getFileStore(temporary).getUsableSpace());

            // when the ingest runs with its temporary files there (a JVM of its own: java.io.tmpdir is read once)
            Run full = ingestWithTemporaryDir(inputs, data, temporary);

            // then it stops on the temporary disk and records no failure for the archive
            assertThat(full.code()).as(full.output()).isEqualTo(1);
            assertThat(full.output())
                    .contains("acervo: disco lleno: no queda espacio en " + temporary)
                    .doesNotContain("\tat ", "Exception");
            try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
                assertThat(snapshot.entries()).noneMatch(e -> e.status() == DocumentStatus.FAILED);
            }

            // when there is room again, then the same command finishes with the archive and its member
            Files.delete(filler);
            Run again = ingestWithTemporaryDir(inputs, data, temporary);
            assertThat(again.code()).as(again.output()).isZero();
            try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
                assertThat(snapshot.entries()).hasSize(3).allMatch(e -> e.status() == DocumentStatus.INDEXED);
            }
        } finally {
            unmount(temporary);
        }
    }

    /** What a run printed, both streams, and its exit code. */
    private record Run(int code, String output) {}

    private static Run ingestWithTemporaryDir(Path inputs, Path data, Path temporary) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + temporary,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.acervo.Application",
                        "ingest",
                        inputs.toString(),
                        "--data",
                        data.toString(),
                        "--ocr",
                        "never",
                        "--threads",
                        "1")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** A count of the run summary, e.g. "  indexados    40". */
    private static int count(String out, String name) {
        Matcher line = Pattern.compile("(?m)^  " + name + " +(\\d+)$").matcher(out);
        assertThat(line.find()).as(name + " in " + out).isTrue();
        return Integer.parseInt(line.group(1));
    }

    /** Cheap documents that still take room in the index: distinct words, about 60 KB each. */
    private static void writeTextDocuments(Path inputs) throws IOException {
        Files.createDirectories(inputs);
        Random random = new Random(10);
        String[] words = {"oficio", "acuerdo", "consejo", "general", "instituto", "electoral", "durango", "comision"};
        for (int i = 0; i < FILES; i++) {
            StringBuilder text = new StringBuilder("Oficio No. IEPC/UTC/21/" + (100 + i) + "\n");
            for (int w = 0; w < 4000; w++) {
                text.append(words[random.nextInt(words.length)])
                        .append(random.nextInt(100_000))
                        .append(' ');
            }
            Files.writeString(inputs.resolve(String.format("oficio-%03d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    /** Writes up to {@code bytes} into {@code filler}, or until the disk is full. */
    private static void fill(Path filler, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.flush();
        } catch (IOException e) {
            if (!DiskFullException.causes(e)) {
                throw e;
            }
        }
    }

    private static void assertIndexSound(Path data) throws IOException {
        try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
                CheckIndex check = new CheckIndex(directory)) {
            check.setInfoStream(null);
            assertThat(check.checkIndex().clean).as("Lucene CheckIndex").isTrue();
        }
    }

    private static void mountSmallDisk(Path dir) throws Exception {
        int code;
        try {
            code = command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", dir.toString());
        } catch (IOException e) {
            code = -1;
        }
        if (code != 0) {
            Assumptions.abort("a full data directory is not tested here: it needs root to mount a small tmpfs");
        }
    }

    /** The command closed its context, but logback keeps acervo.log open until it is set up again. */
    private static void releaseLog(String logFile) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.reset();
        }
        if (logFile == null) {
            System.clearProperty("acervo.log.file");
        } else {
            System.setProperty("acervo.log.file", logFile);
        }
    }

    private static void unmount(Path dir) throws Exception {
        if (command("umount", dir.toString()) != 0) {
            // Something still holds a file there; detach now, the kernel frees it when it lets go.
            command("umount", "-l", dir.toString());
        }
    }

    private static int command(String... args) throws Exception {
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
