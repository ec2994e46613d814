package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.acervo.Application;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.extraction.ExtractionFailure;
import org.acervo.extraction.TestDocuments;
import org.acervo.fixtures.CliRun;
import org.acervo.index.IndexSnapshot;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault corpus as an archivist meets it, through the command line: every hard case of a real
 * archive ends with the right outcome, and the summary's counts add up.
 *
 * <p>A folder or file the ingest may not read ({@code chmod 000}) is a recorded failure saying "permission
 * denied", not the end of the job; once it can be read the next run indexes its files and its failure
 * goes, and {@code --prune} removes nothing that exists, whether it can be read or not.
 *
 * <p>Root reads a {@code chmod 000} folder all the same, and this machine and CI run as root. When this
 * JVM is not refused, the ingest runs in a child JVM whose user is: root without the capabilities that
 * override file permissions ({@code setpriv}), or else a user namespace without mappings
 * ({@code unshare -U}); the outcome is read from the data directory's index here. Without either the
 * test is skipped, saying why.
 */
@Tag("slow")
class FaultCorpusCliTest {

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
                List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search"), List.of("unshare", "-U"));
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
        Assumptions.abort(
                "running as root, and neither setpriv without CAP_DAC_OVERRIDE nor unshare -U gives a process "
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
        // given an open folder, a folder and a file the ingest may not read, and a folder that is locked after the
        // first run
        Path open = write("abierta/oficio.txt", "Oficio No. IEPC/UTC/21/201 del 4 de noviembre de 2021.");
        Path later = write("despues/informe.txt", "Informe del 5 de noviembre de 2021, oficio IEPC/UTC/21/202.");
        Path lockedFolder = write("cerrada/oficio.txt", "Oficio No. IEPC/UTC/21/203 del 6 de noviembre de 2021.")
                .getParent();
        Path lockedFile = write("reservado.txt", "Oficio No. IEPC/UTC/21/204 del 8 de noviembre de 2021.");
        try {
            lock(lockedFolder);
            lock(lockedFile);

            // when
            String first = ingest();

            // then the rest is indexed and each refusal is a failure that says what happened, retried on the next run
            Map<String, ArchiveDocument> byPath = index();
            assertThat(byPath.keySet())
                    .containsExactlyInAnyOrder(
                            open.toString(), later.toString(), lockedFolder.toString(), lockedFile.toString());
            assertThat(byPath.get(open.toString()).status()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(byPath.get(later.toString()).status()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(byPath.get(lockedFolder.toString()).status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(byPath.get(lockedFolder.toString()).reason())
                    .isEqualTo("the folder could not be opened (permission denied)");
            assertThat(byPath.get(lockedFile.toString()).status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(byPath.get(lockedFile.toString()).reason())
                    .isEqualTo("the file could not be opened (permission denied)");
            assertThat(List.of(
                            byPath.get(lockedFolder.toString()).reason(),
                            byPath.get(lockedFile.toString()).reason()))
                    .allMatch(ExtractionFailure::isRetried);
            assertThat(first).contains(lockedFolder + ": la carpeta no se pudo abrir (permiso denegado)");

            // when both can be read again, and a folder whose file is indexed is locked, and the next run prunes
            unlock(lockedFolder);
            unlock(lockedFile);
            lock(later.getParent());
            ingest("--prune");

            // then the files that can be read now are indexed and their failures gone, and nothing that
            // exists is pruned, the file in the folder locked since included
            byPath = index();
            assertThat(byPath.keySet())
                    .containsExactlyInAnyOrder(
                            open.toString(),
                            later.toString(),
                            later.getParent().toString(),
                            lockedFolder.resolve("oficio.txt").toString(),
                            lockedFile.toString());
            assertThat(byPath.get(lockedFolder.resolve("oficio.txt").toString()).status())
                    .isEqualTo(DocumentStatus.INDEXED);
            assertThat(byPath.get(lockedFile.toString()).status()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(byPath.get(later.toString()).status()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(byPath.get(later.getParent().toString()).reason())
                    .isEqualTo("the folder could not be opened (permission denied)");
        } finally {
            unlock(lockedFolder);
            unlock(lockedFile);
            unlock(later.getParent());
        }
    }

    @Test
    void everyHardCaseOfARealArchiveEndsWithTheRightOutcomeAndTheCountsAddUp() throws Exception {
        // given a folder named with an exclamation mark, a folder the ingest may not read, a PDF of
        // 2,000 pages, a TIFF of 500 scanned sheets, a Word file with page breaks and a zip five levels deep
        Path urgent = write("¡Urgente!/oficio.txt", "Oficio No. IEPC/UTC/21/301 del 9 de noviembre de 2021.");
        Path locked = write("cerrada/oficio.txt", "Oficio No. IEPC/UTC/21/302 del 10 de noviembre de 2021.")
                .getParent();
        Path longPdf = TestDocuments.pdf(
                corpus.resolve("largo.pdf"),
                IntStream.rangeClosed(1, 2000)
                        .mapToObj(n -> "Foja " + n + " del expediente")
                        .toList(),
                Set.of());
        Path tiff = sheets(corpus.resolve("expediente.tiff"), 500);
        Path docx = wordWithPageBreaks(
                corpus.resolve("paginas.docx"),
                "Primera página del acta",
                "Segunda página del acta",
                "Tercera página del acta");
        Path zip = Files.write(corpus.resolve("nivel5.zip"), TestDocuments.nestedZips(5));
        try {
            lock(locked);

            // when a first run may spend only 2 s on a document: the TIFF's 500 pages of OCR cannot finish
            String first = ingest("--ocr", "auto", "--timeout", "2");

            // then the TIFF is a failure of a limit, and the summary's counts add up
            Map<String, ArchiveDocument> byPath = index();
            assertThat(byPath.get(tiff.toString()).status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(byPath.get(tiff.toString()).reason())
                    .isEqualTo(ExtractionFailure.TIMED_OUT.sentence() + " (limit 2 s)");
            assertCountsAddUp(first, 6);

            // when the next run has time, and prunes
            String second = ingest("--ocr", "auto", "--timeout", "600", "--prune");

            // then the timed-out TIFF was read again: one page per sheet, in order
            byPath = index();
            ArchiveDocument scans = byPath.get(tiff.toString());
            assertThat(scans.status()).as(scans.reason()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(scans.pages()).hasSize(500);
            assertThat(scans.pages().get(0)).contains("Foja 1");
            assertThat(scans.pages().get(499)).contains("Foja 500");
            assertThat(scans.pages().get(0)).containsPattern("Foja 1\\b");
            assertThat(scans.pages().get(249)).containsPattern("Foja 250\\b");
            // every page of the long PDF, the Word file's three pages, the folder with "!" kept by --prune
            assertThat(byPath.get(longPdf.toString()).pages()).hasSize(2000);
            assertThat(byPath.get(longPdf.toString()).pages().get(1999)).isEqualTo("Foja 2000 del expediente");
            assertThat(byPath.get(docx.toString()).pages())
                    .containsExactly("Primera página del acta", "Segunda página del acta", "Tercera página del acta");
            assertThat(byPath.get(urgent.toString()).status()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(second).doesNotContain("Depurados");
            // every member of the five levels is a document or a recorded failure, none lost
            List<ArchiveDocument> members = byPath.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(zip + "!/"))
                    .map(Map.Entry::getValue)
                    .toList();
            assertThat(byPath.keySet())
                    .contains(
                            zip + "!/oficio-5.txt",
                            zip + "!/nivel4.zip",
                            zip + "!/nivel4.zip!/oficio-4.txt",
                            zip + "!/nivel4.zip!/nivel3.zip",
                            zip + "!/nivel4.zip!/nivel3.zip!/oficio-3.txt");
            assertThat(members)
                    .allMatch(m ->
                            m.status() == DocumentStatus.INDEXED || m.reason().startsWith("nested too deep"));
            // the folder it may not read is still a failure that says why
            assertThat(byPath.get(locked.toString()).reason())
                    .isEqualTo("the folder could not be opened (permission denied)");
            assertCountsAddUp(second, 6);

            // when the folder can be read again
            unlock(locked);
            String third = ingest("--prune");

            // then its file is indexed, its failure gone, and everything else unchanged
            byPath = index();
            assertThat(byPath).doesNotContainKey(locked.toString());
            assertThat(byPath.get(locked.resolve("oficio.txt").toString()).status())
                    .isEqualTo(DocumentStatus.INDEXED);
            assertCountsAddUp(third, 6);
            assertThat(third).containsPattern("sin cambios\\s+5\\b");
        } finally {
            unlock(locked);
        }
    }

    /** The run summary's lines: files seen = indexed + unchanged + failed. */
    private static void assertCountsAddUp(String printed, int seen) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher line = Pattern.compile("(?m)^  (archivos vistos|indexados|sin cambios|fallidos) +(\\d+)$")
                .matcher(printed);
        while (line.find()) {
            counts.put(line.group(1), Integer.parseInt(line.group(2)));
        }
        assertThat(counts).as(printed).containsKeys("archivos vistos", "indexados", "sin cambios", "fallidos");
        assertThat(counts.get("archivos vistos"))
                .as(printed)
                .isEqualTo(seen)
                .isEqualTo(counts.get("indexados") + counts.get("sin cambios") + counts.get("fallidos"));
    }

    /** A TIFF of {@code count} small scanned sheets, "Foja 1" to "Foja N". */
    private static Path sheets(Path file, int count) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int sheet = 1; sheet <= count; sheet++) {
                BufferedImage image =
                        TestDocuments.scan("Foja " + sheet, 420, 90, new Font(Font.SANS_SERIF, Font.PLAIN, 40), 30, 60);
                writer.writeToSequence(new IIOImage(image, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** A Word file whose pages end with hard page breaks, as Word saves them (with its rendered breaks). */
    private static Path wordWithPageBreaks(Path file, String... pages) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < pages.length; i++) {
                XWPFRun run = doc.createParagraph().createRun();
                if (i > 0) {
                    run.getCTR().addNewLastRenderedPageBreak();
                }
                run.setText(pages[i]);
                if (i < pages.length - 1) {
                    run.addBreak(BreakType.PAGE);
                }
            }
            doc.write(out);
        }
        return file;
    }

    private Path write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Runs {@code acervo ingest} on the corpus, in this JVM or in a refused child one; returns what it printed. */
    private String ingest(String... options) throws Exception {
        List<String> args =
                new ArrayList<>(List.of("ingest", corpus.toString(), "--data", data.toString(), "--threads", "1"));
        args.addAll(List.of(options));
        if (!args.contains("--ocr")) {
            args.addAll(List.of("--ocr", "never"));
        }
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
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        Files.delete(output);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }

    /** Every indexed path with its entry, as {@code status} would read them. */
    private Map<String, ArchiveDocument> index() throws IOException {
        Map<String, ArchiveDocument> byPath = new TreeMap<>();
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            snapshot.entries().forEach(entry -> entry.paths().forEach(path -> byPath.put(path, entry)));
        }
        return byPath;
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static int exitCode(List<String> wrapper, List<String> command) throws Exception {
        List<String> full = new ArrayList<>(wrapper);
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
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
        Files.setPosixFilePermissions(
                path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }
}
