package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.extraction.OcrMode;
import org.acervo.extraction.TestDocuments;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.LuceneDocumentIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A folder of everything that goes wrong in real archives, generated here: every file must end in
 * the index with an outcome, and nothing may stop the job.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchApplication.class)
// Closed after the class, so its index and job repository are released before the temp dir is deleted.
@Tag("slow")
@DirtiesContext
class IngestFaultCorpusFunctionalTests {

    @TempDir
    static Path data;

    @TempDir
    Path corpus;

    @Autowired
    private IngestRunner runner;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("acervo.data", () -> data.toString());
        registry.add("acervo.timeout-seconds", () -> 60);
    }

    @Test
    void everyFaultyFileEndsWithARecordedOutcomeAndTheJobCompletes() throws Exception {
        // given
        Files.createFile(corpus.resolve("vacio.pdf"));
        TestDocuments.truncatedPdf(corpus.resolve("truncado.pdf"));
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Files.write(corpus.resolve("ruido.bin"), noise);
        Files.write(corpus.resolve("ruido.pdf"), noise);
        Files.writeString(corpus.resolve("no-es-pdf.pdf"), "solo texto\n");
        TestDocuments.encryptedPdf(corpus.resolve("protegido.pdf"));
        TestDocuments.brokenXrefPdf(corpus.resolve("xref-roto.pdf"));
        TestDocuments.zipBomb(corpus.resolve("bomba.zip"), 200);
        Files.writeString(
                corpus.resolve("oficio-número-ñ.txt"),
                "Oficio IEPC/UTC/21/130 del 3 de noviembre de 2021.",
                StandardCharsets.UTF_8);
        Files.write(corpus.resolve("latin1.txt"), "Comisión de Organización".getBytes(StandardCharsets.ISO_8859_1));
        Files.createDirectories(corpus.resolve("bucle"));
        Files.createSymbolicLink(corpus.resolve("bucle/ciclo"), corpus);
        Files.createSymbolicLink(corpus.resolve("enlace-roto.pdf"), corpus.resolve("no-existe.pdf"));

        // when
        RunSummary summary =
                runner.run(new IngestRequest(List.of(corpus), List.of(), List.of(), data, OcrMode.AUTO, 2));

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        Map<String, ArchiveDocument> byName;
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            byName = snapshot.entries().stream()
                    .flatMap(e -> e.paths().stream()
                            .map(p -> Map.entry(Path.of(p).getFileName().toString(), e)))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        Set<String> expected = Set.of(
                "vacio.pdf",
                "truncado.pdf",
                "ruido.bin",
                "ruido.pdf",
                "no-es-pdf.pdf",
                "protegido.pdf",
                "xref-roto.pdf",
                "bomba.zip",
                "oficio-número-ñ.txt",
                "latin1.txt");
        // The bomb's one member is recorded too, under bomba.zip!/ceros.txt.
        assertThat(byName.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(expected.stream(), java.util.stream.Stream.of("ceros.txt"))
                                .toList());
        assertThat(summary.seen()).isEqualTo(expected.size());
        assertThat(summary.embedded()).isEqualTo(1);
        assertThat(summary.indexed() + summary.unchanged() + summary.failed())
                .as("files seen")
                .isEqualTo(expected.size());
        assertThat(summary.failedMembers()).isEqualTo(1);

        Function<String, String> reason = name -> byName.get(name).reason();
        assertThat(reason.apply("vacio.pdf")).startsWith("empty file");
        assertThat(reason.apply("truncado.pdf")).startsWith("damaged or truncated file");
        assertThat(reason.apply("protegido.pdf")).startsWith("encrypted document");
        assertThat(reason.apply("no-es-pdf.pdf")).contains("named .pdf but it holds plain text");
        assertThat(byName.get("ruido.bin").status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(byName.get("ruido.pdf").status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(byName.get("bomba.zip").status()).isEqualTo(DocumentStatus.INDEXED);
        assertThat(byName.get("ceros.txt").status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(byName.get("ceros.txt").paths()).containsExactly(corpus.resolve("bomba.zip") + "!/ceros.txt");
        assertThat(reason.apply("ceros.txt")).contains("larger than 100 MB unpacked; not read");
        // PDFBox repairs a wrong xref by scanning the file: the text is still there.
        assertThat(byName.get("xref-roto.pdf").status()).isEqualTo(DocumentStatus.INDEXED);
        assertThat(byName.get("xref-roto.pdf").pages().get(0)).contains("IEPC/UTC/21/105");
        assertThat(byName.get("oficio-número-ñ.txt").mentions())
                .anyMatch(m -> m.value().equals("IEPC/UTC/21/130"));
        assertThat(byName.get("latin1.txt").pages()).containsExactly("Comisión de Organización");
        byName.values().stream()
                .filter(e -> e.status() == DocumentStatus.FAILED)
                .forEach(e -> assertThat(e.reason()).as(e.path()).isNotBlank());
    }

    @Test
    void aFileThatVanishesBetweenListingAndReadingIsRecordedAsFailed() throws Exception {
        Path gone = corpus.resolve("borrado.pdf");
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(data.resolve("vanish"))) {
            IngestProcessor processor = new IngestProcessor(index, () -> null, null);
            IOException error =
                    org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> processor.process(gone));

            IndexItemWriter writer = new IndexItemWriter(
                    index, new ProgressLine(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
            writer.onSkipInProcess(gone, error);

            assertThat(index.paths()).containsOnlyKeys(gone.toString());
            ArchiveDocument entry =
                    index.find(index.paths().get(gone.toString())).orElseThrow();
            assertThat(entry.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(entry.reason()).isEqualTo("the file could not be opened (it is no longer there)");
        }
    }
}
