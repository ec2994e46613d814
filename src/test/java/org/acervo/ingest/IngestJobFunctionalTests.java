package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.extraction.OcrMode;
import org.acervo.extraction.TestDocuments;
import org.acervo.index.IndexSnapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ingest job end to end on small files made for each test: outcomes, identity by content,
 * unchanged re-runs, changed files, duplicates and bad files.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchApplication.class)
// Closed after the class, so its index and job repository are released before the temp dir is deleted.
@Tag("slow")
@DirtiesContext
class IngestJobFunctionalTests {

    @TempDir
    static Path data;

    @TempDir
    Path inputs;

    @Autowired
    private IngestRunner runner;

    @Autowired
    private JobRepository jobRepository;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("acervo.data", () -> data.toString());
        registry.add("acervo.threads", () -> 2);
        // Few, so that a test exceeds it with a few dozen broken files; the other tests have fewer failures.
        registry.add("acervo.failures-listed", () -> FAILURES_LISTED);
    }

    private static final int FAILURES_LISTED = 3;

    private RunSummary ingest(Path... paths) throws Exception {
        return runner.run(new IngestRequest(List.of(paths), List.of(), List.of(), data, OcrMode.AUTO, 2));
    }

    private Path write(String name, String text) throws IOException {
        Path file = inputs.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<ArchiveDocument> entriesUnder(Path dir) throws IOException {
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            return snapshot.entries().stream()
                    .filter(e -> e.paths().stream().anyMatch(p -> p.startsWith(dir.toString())))
                    .toList();
        }
    }

    @Test
    void everyFileEndsIndexedOrFailedWithItsReason() throws Exception {
        // given
        write(
                "2021/oficio.txt",
                "Victoria de Durango, Dgo., a 11 de octubre de 2021\nOficio No. IEPC/UTC/21/104\n"
                        + "Se remite constancia del oficio INE / UNICOM / 4547 / 2021.");
        write("2021/informe.txt", "Informe del 04-11-2021. Se aprobó el Acuerdo IEPC/CG139/2021.");
        Files.createFile(inputs.resolve("vacio.pdf"));
        write("no-es-pdf.pdf", "esto es texto\n");

        // when
        RunSummary summary = ingest(inputs);

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.seen()).isEqualTo(4);
        assertThat(summary.indexed()).isEqualTo(2);
        assertThat(summary.unchanged()).isZero();
        assertThat(summary.failures())
                .extracting(RunSummary.Failure::path)
                .containsExactly(
                        inputs.resolve("no-es-pdf.pdf").toString(),
                        inputs.resolve("vacio.pdf").toString());
        assertThat(summary.failures())
                .extracting(RunSummary.Failure::reason)
                .allSatisfy(reason -> assertThat(reason).isNotBlank());

        List<ArchiveDocument> entries = entriesUnder(inputs);
        assertThat(entries).hasSize(4);
        ArchiveDocument oficio = entries.stream()
                .filter(e -> e.path().endsWith("oficio.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(oficio.status()).isEqualTo(DocumentStatus.INDEXED);
        assertThat(oficio.documentDate()).isEqualTo("2021-10-11");
        assertThat(oficio.mentions())
                .extracting(m -> m.value())
                .contains("IEPC/UTC/21/104", "INE/UNICOM/4547/2021", "2021-10-11");
        assertThat(entries.stream().filter(e -> e.status() == DocumentStatus.FAILED))
                .hasSize(2);
    }

    @Test
    void moreFailuresThanTheContextListsAreCountedExactlyAndEachIsInTheIndexWithItsReason() throws Exception {
        // given 60 broken PDFs, each different, and an archive with 2 broken members
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            byte[] noise = new byte[200 + i];
            random.nextBytes(noise);
            Files.write(inputs.resolve("roto-" + i + ".pdf"), noise);
        }
        byte[] noise = new byte[300];
        random.nextBytes(noise);
        zip(
                inputs.resolve("paquete.zip"),
                java.util.Map.of(
                        "a.pdf", "", "b.pdf", new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1)));

        // when
        RunSummary summary = ingest(inputs);

        // then the count is exact, the list is short, and the rest is said to be in status
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.indexed()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(60);
        assertThat(summary.failedMembers()).isEqualTo(2);
        assertThat(summary.failures())
                .isNotEmpty()
                .hasSizeLessThan(62)
                .allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        assertThat(summary.unlisted()).isEqualTo(62 - summary.failures().size());
        for (StepExecution partition :
                jobRepository.getJobExecution(summary.jobExecutionId()).getStepExecutions()) {
            if (partition.getStepName().startsWith("ingestFilesStep:")) {
                assertThat((List<?>) partition.getExecutionContext().get(PartitionTally.FAILURES))
                        .as(partition.getStepName())
                        .hasSizeLessThanOrEqualTo(FAILURES_LISTED);
            }
        }
        // every broken file and member is in the index once, failed with its reason
        List<ArchiveDocument> failed = entriesUnder(inputs).stream()
                .filter(e -> e.status() == DocumentStatus.FAILED)
                .toList();
        assertThat(failed.stream().flatMap(e -> e.paths().stream()).filter(p -> p.startsWith(inputs.toString())))
                .hasSize(62)
                .doesNotHaveDuplicates();
        assertThat(failed).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
    }

    @Test
    void filesSeenAreIndexedUnchangedOrFailedAndTheSummaryListsEachFailureItCountsUnderItsOwnPath() throws Exception {
        // given an empty file indexed by an earlier run, then a copy of it, a good file and an archive
        // with a good member and an empty one (the same empty content again) under another folder
        Path earlier = Files.createDirectories(inputs.resolve("2020"));
        Files.createFile(earlier.resolve("vacio.pdf"));
        ingest(earlier);
        Path folder = Files.createDirectories(inputs.resolve("2021"));
        Path copy = Files.createFile(folder.resolve("copia-vacia.pdf"));
        write("2021/oficio.txt", "Oficio IEPC/UTC/21/140.");
        Path zip = folder.resolve("paquete.zip");
        zip(zip, java.util.Map.of("uno.txt", "Acuerdo IEPC/CG140/2021", "dos.pdf", ""));

        // when
        RunSummary summary = ingest(folder);

        // then every file seen is counted once, members apart, and each counted failure is listed once
        assertThat(summary.seen()).isEqualTo(3);
        assertThat(summary.indexed() + summary.unchanged() + summary.failed())
                .as("files seen")
                .isEqualTo(summary.seen());
        assertThat(summary.indexed()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.embedded()).isEqualTo(2);
        assertThat(summary.failedMembers()).isEqualTo(1);
        assertThat(summary.failures())
                .extracting(RunSummary.Failure::path)
                .containsExactly(copy.toString(), zip + "!/dos.pdf");
        assertThat(summary.unlisted()).isZero();
    }

    @Test
    void aSecondRunFindsEveryFileUnchanged() throws Exception {
        write("a.txt", "Oficio IEPC/SE/2119/2021 del 27 de octubre de 2021.");
        write("b.txt", "Oficio IEPC/UTC/21/105 del 25 de octubre de 2021.");
        RunSummary first = ingest(inputs);
        assertThat(first.indexed()).isEqualTo(2);

        RunSummary second = ingest(inputs);

        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(second.jobExecutionId()).isNotEqualTo(first.jobExecutionId());
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.indexed()).isZero();
        assertThat(second.failed()).isZero();
        assertThat(entriesUnder(inputs)).hasSize(2);
    }

    @Test
    void identicalContentUnderTwoPathsIsOneDocumentListingBoth() throws Exception {
        Path original = write("original/oficio.txt", "Oficio IEPC/UTC/21/106.");
        Path copy = write("copia/oficio.txt", "Oficio IEPC/UTC/21/106.");

        RunSummary summary = ingest(inputs);

        assertThat(summary.indexed()).isEqualTo(2);
        List<ArchiveDocument> entries = entriesUnder(inputs);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).paths()).containsExactly(copy.toString(), original.toString());
    }

    @Test
    void pruneRemovesDocumentsWhoseFilesAreGoneAndReportsThem() throws Exception {
        Path kept = write("kept.txt", "Oficio IEPC/UTC/21/120.");
        Path gone = write("gone.txt", "Oficio IEPC/UTC/21/121.");
        ingest(inputs);
        Files.delete(gone);

        RunSummary withoutPrune = ingest(inputs);
        assertThat(withoutPrune.pruned()).isEmpty();
        assertThat(entriesUnder(inputs)).hasSize(2);

        RunSummary withPrune =
                runner.run(new IngestRequest(List.of(inputs), List.of(), List.of(), data, OcrMode.AUTO, 2, 60, true));
        assertThat(withPrune.pruned()).containsExactly(gone.toString());
        assertThat(entriesUnder(inputs)).extracting(ArchiveDocument::path).containsExactly(kept.toString());
    }

    @Test
    void retryFailedReadsAgainAFailureOfTheContentThatOtherwiseStays() throws Exception {
        Files.createFile(inputs.resolve("vacio.pdf"));
        assertThat(ingest(inputs).failed()).isEqualTo(1);

        RunSummary again = ingest(inputs);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.failed()).isZero();

        RunSummary retried = runner.run(
                new IngestRequest(List.of(inputs), List.of(), List.of(), data, OcrMode.AUTO, 2, 60, false, true));
        assertThat(retried.unchanged()).isZero();
        assertThat(retried.failed()).isEqualTo(1);
    }

    @Test
    void pruneKeepsFilesInAFolderWhoseNameHasAnExclamationMark() throws Exception {
        Path urgent = write("¡Urgente!/oficio.txt", "Oficio IEPC/UTC/21/122.");
        Path bang = write("a!/b!/oficio.txt", "Oficio IEPC/UTC/21/123.");
        ingest(inputs);

        RunSummary withPrune =
                runner.run(new IngestRequest(List.of(inputs), List.of(), List.of(), data, OcrMode.AUTO, 2, 60, true));
        assertThat(withPrune.pruned()).isEmpty();
        assertThat(entriesUnder(inputs))
                .extracting(ArchiveDocument::path)
                .containsExactlyInAnyOrder(urgent.toString(), bang.toString());
    }

    @Test
    void anEmailsAttachmentsAndAnArchivesMembersAreDocumentsOfTheirOwn() throws Exception {
        Path mail = write(
                "correo.eml",
                String.join(
                        "\r\n",
                        "From: utc@iepcdgo.org.mx",
                        "To: unicom@ine.mx",
                        "Subject: Remision del oficio IEPC/UTC/21/104",
                        "Date: Mon, 11 Oct 2021 10:00:00 -0600",
                        "MIME-Version: 1.0",
                        "Content-Type: multipart/mixed; boundary=\"XYZ\"",
                        "",
                        "--XYZ",
                        "Content-Type: text/plain; charset=UTF-8",
                        "",
                        "Se remite el oficio IEPC/UTC/21/104.",
                        "--XYZ",
                        "Content-Type: text/plain; charset=UTF-8; name=\"oficio.txt\"",
                        "Content-Disposition: attachment; filename=\"oficio.txt\"",
                        "",
                        "Oficio No. IEPC/UTC/21/104 que remite constancia del oficio INE/UNICOM/4547/2021.",
                        "--XYZ--",
                        ""));
        Path zip = inputs.resolve("paquete.zip");
        zip(zip, java.util.Map.of("uno.txt", "Acuerdo IEPC/CG139/2021", "anexos/dos.txt", "Oficio IEPC/SE/2119/2021"));

        RunSummary summary = ingest(inputs);

        assertThat(summary.seen()).isEqualTo(2);
        assertThat(summary.embedded()).isEqualTo(3);
        java.util.Map<String, ArchiveDocument> byPath = new java.util.HashMap<>();
        entriesUnder(inputs).forEach(e -> e.paths().forEach(p -> byPath.put(p, e)));
        String attachment = mail + "!/oficio.txt";
        assertThat(byPath)
                .containsOnlyKeys(
                        mail.toString(), attachment, zip.toString(), zip + "!/uno.txt", zip + "!/anexos/dos.txt");
        assertThat(byPath.get(mail.toString()).pages().get(0)).contains("Se remite el oficio");
        assertThat(byPath.get(attachment).mentions()).extracting(m -> m.value()).contains("INE/UNICOM/4547/2021");
        assertThat(byPath.get(zip + "!/anexos/dos.txt").mentions())
                .extracting(m -> m.value())
                .contains("IEPC/SE/2119/2021");
        assertThat(byPath.get(zip.toString()).pages().get(0)).contains("uno.txt", "anexos/dos.txt");

        // A changed archive replaces its members too.
        zip(zip, java.util.Map.of("uno.txt", "Acuerdo IEPC/CG139/2021"));
        ingest(inputs);
        java.util.Set<String> paths = new java.util.HashSet<>();
        entriesUnder(inputs).forEach(e -> paths.addAll(e.paths()));
        assertThat(paths).contains(zip + "!/uno.txt").doesNotContain(zip + "!/anexos/dos.txt");
    }

    @Test
    void membersBelowTheDeepestLevelAreRecordedFailuresNotLost() throws Exception {
        // given five zips, one inside the other, each with a document of its own
        Path outer = Files.write(inputs.resolve("nivel5.zip"), TestDocuments.nestedZips(5));

        // when
        ingest(inputs);

        // then three levels of members are read (nivel5's, nivel4's, nivel3's), and each member of nivel2.zip,
        // one level too many, is a recorded failure: its document, and nivel1.zip, which stands for the document inside
        // it
        java.util.Map<String, ArchiveDocument> byPath = new java.util.HashMap<>();
        entriesUnder(inputs).forEach(e -> e.paths().forEach(p -> byPath.put(p, e)));
        String level4 = outer + "!/nivel4.zip";
        String level3 = level4 + "!/nivel3.zip";
        String level2 = level3 + "!/nivel2.zip";
        assertThat(byPath.keySet())
                .containsExactlyInAnyOrder(
                        outer.toString(),
                        outer + "!/oficio-5.txt",
                        level4,
                        level4 + "!/oficio-4.txt",
                        level3,
                        level3 + "!/oficio-3.txt",
                        level2,
                        level2 + "!/oficio-2.txt",
                        level2 + "!/nivel1.zip");
        for (String document :
                List.of(outer + "!/oficio-5.txt", level4 + "!/oficio-4.txt", level3 + "!/oficio-3.txt")) {
            assertThat(byPath.get(document).status()).as(document).isEqualTo(DocumentStatus.INDEXED);
        }
        for (String tooDeep : List.of(level2 + "!/oficio-2.txt", level2 + "!/nivel1.zip")) {
            assertThat(byPath.get(tooDeep).status()).as(tooDeep).isEqualTo(DocumentStatus.FAILED);
            assertThat(byPath.get(tooDeep).reason()).as(tooDeep).startsWith("nested too deep");
        }
    }

    private static void zip(Path file, java.util.Map<String, String> members) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var member : new java.util.TreeMap<>(members).entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(member.getKey()));
                out.write(member.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    @Test
    void aChangedFileReplacesItsOldVersion() throws Exception {
        Path file = write("informe.txt", "Primera versión: oficio IEPC/UTC/21/107.");
        ingest(inputs);
        Files.writeString(file, "Segunda versión: oficio IEPC/UTC/21/108.");

        RunSummary summary = ingest(inputs);

        assertThat(summary.indexed()).isEqualTo(1);
        List<ArchiveDocument> entries = entriesUnder(inputs);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).mentions()).extracting(m -> m.value()).containsExactly("IEPC/UTC/21/108");
    }
}
