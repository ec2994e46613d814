package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.acervo.Application;
import org.acervo.extraction.ExtractionFailure;
import org.acervo.index.EntryStatus;
import org.acervo.index.IndexEntry;
import org.acervo.index.IndexSnapshot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder or file the ingest may not read ({@code chmod 000}) is a recorded failure saying "permission
 * denied", not the end of the job; once it can be read the next run indexes its files and its failure
 * goes, and {@code --prune} removes nothing that exists, whether it can be read or not.
 *
 * <p>Root reads a {@code chmod 000} folder all the same, and this machine and CI run as root. When this
 * JVM is not refused, the ingest runs in a child JVM whose user is: root without the capabilities that
 * override file permissions ({@code setpriv}), or else a user namespace without mappings
 * ({@code unshare -U}); the outcome is read from the data directory's index here. Without either the
 * test is skipped, saying why.
 */
class UnreadableInputTest {

    /**
     * How to start a process that a {@code chmod 000} folder refuses: empty when this JVM is refused
     * already (not root), and the ingest then runs here; null when no way was found.
     */
    private static List<String> refused;

    @TempDir
    Path corpus;

    @TempDir
    Path data;

    @BeforeAll
    static void findARefusedUser(@TempDir Path probe) throws Exception {
        Path locked = Files.createDirectory(probe.resolve("cerrada"));
        List<List<String>> wrappers = List.of(
                List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search"),
                List.of("unshare", "-U"));
        try {
            lock(locked);
            if (refusedHere(locked)) {
                refused = List.of();
                return;
            }
            for (List<String> wrapper : wrappers) {
                // The wrapper must refuse the folder and still let the JVM load the classes (from /root/.m2, say).
                if (exitCode(wrapper, List.of("ls", locked.toString())) != 0
                        && exitCode(wrapper, javaCommand("--version")) == 0) {
                    refused = wrapper;
                    return;
                }
            }
        } finally {
            unlock(locked);
        }
        Assumptions.abort("running as root, and neither setpriv without CAP_DAC_OVERRIDE nor unshare -U gives a process "
                + "that a chmod 000 folder refuses and that can still load the classes: the permission test cannot run here");
    }

    private static boolean refusedHere(Path locked) {
        try (var entries = Files.newDirectoryStream(locked)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void anUnreadableFolderOrFileIsARecordedFailureUntilItCanBeReadAndTheRestIsIngested() throws Exception {
        // given an open folder, a folder and a file the ingest may not read, and a folder that is locked after the first run
        Path open = write("abierta/oficio.txt", "Oficio No. IEPC/UTC/21/201 del 4 de noviembre de 2021.");
        Path later = write("despues/informe.txt", "Informe del 5 de noviembre de 2021, oficio IEPC/UTC/21/202.");
        Path lockedFolder = write("cerrada/oficio.txt", "Oficio No. IEPC/UTC/21/203 del 6 de noviembre de 2021.").getParent();
        Path lockedFile = write("reservado.txt", "Oficio No. IEPC/UTC/21/204 del 8 de noviembre de 2021.");
        try {
            lock(lockedFolder);
            lock(lockedFile);

            // when
            String first = ingest();

            // then the rest is indexed and each refusal is a failure that says what happened, retried on the next run
            Map<String, IndexEntry> byPath = index();
            assertThat(byPath.keySet()).containsExactlyInAnyOrder(open.toString(), later.toString(),
                    lockedFolder.toString(), lockedFile.toString());
            assertThat(byPath.get(open.toString()).status()).isEqualTo(EntryStatus.INDEXED);
            assertThat(byPath.get(later.toString()).status()).isEqualTo(EntryStatus.INDEXED);
            assertThat(byPath.get(lockedFolder.toString()).status()).isEqualTo(EntryStatus.FAILED);
            assertThat(byPath.get(lockedFolder.toString()).reason()).isEqualTo("the folder could not be opened (permission denied)");
            assertThat(byPath.get(lockedFile.toString()).status()).isEqualTo(EntryStatus.FAILED);
            assertThat(byPath.get(lockedFile.toString()).reason()).isEqualTo("the file could not be opened (permission denied)");
            assertThat(List.of(byPath.get(lockedFolder.toString()).reason(), byPath.get(lockedFile.toString()).reason()))
                    .allMatch(ExtractionFailure::isRetried);
            assertThat(first).contains(lockedFolder + ": the folder could not be opened (permission denied)");

            // when both can be read again, and a folder whose file is indexed is locked, and the next run prunes
            unlock(lockedFolder);
            unlock(lockedFile);
            lock(later.getParent());
            ingest("--prune");

            // then the files that can be read now are indexed and their failures gone, and nothing that
            // exists is pruned, the file in the folder locked since included
            byPath = index();
            assertThat(byPath.keySet()).containsExactlyInAnyOrder(open.toString(), later.toString(), later.getParent().toString(),
                    lockedFolder.resolve("oficio.txt").toString(), lockedFile.toString());
            assertThat(byPath.get(lockedFolder.resolve("oficio.txt").toString()).status()).isEqualTo(EntryStatus.INDEXED);
            assertThat(byPath.get(lockedFile.toString()).status()).isEqualTo(EntryStatus.INDEXED);
            assertThat(byPath.get(later.toString()).status()).isEqualTo(EntryStatus.INDEXED);
            assertThat(byPath.get(later.getParent().toString()).reason()).isEqualTo("the folder could not be opened (permission denied)");
        } finally {
            unlock(lockedFolder);
            unlock(lockedFile);
            unlock(later.getParent());
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Runs {@code acervo ingest} on the corpus, in this JVM or in a refused child one; returns what it printed. */
    private String ingest(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("ingest", corpus.toString(), "--data", data.toString(),
                "--ocr", "never", "--threads", "1"));
        args.addAll(List.of(options));
        if (refused.isEmpty()) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            return run.out();
        }
        // Open to a user namespace's nobody (unshare -U); root without its overrides reads them as their owner.
        Files.setPosixFilePermissions(corpus, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path output = Files.createTempFile("acervo-ingest-", ".out");
        List<String> command = new ArrayList<>(refused);
        command.addAll(javaCommand(args.toArray(String[]::new)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        Files.delete(output);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }

    /** Every indexed path with its entry, as {@code status} would read them. */
    private Map<String, IndexEntry> index() throws IOException {
        Map<String, IndexEntry> byPath = new TreeMap<>();
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            snapshot.entries().forEach(entry -> entry.paths().forEach(path -> byPath.put(path, entry)));
        }
        return byPath;
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static int exitCode(List<String> wrapper, List<String> command) throws Exception {
        List<String> full = new ArrayList<>(wrapper);
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(2, TimeUnit.MINUTES) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1; // the wrapper is not installed
        }
    }

    private static void lock(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
    }

    /** Restores permissions, so that the next run, and the temporary folder's cleanup, can read it. */
    private static void unlock(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }
}
