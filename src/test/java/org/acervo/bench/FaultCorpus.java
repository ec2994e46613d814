package org.acervo.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.acervo.extraction.TestDocuments;

/**
 * Generates the fault corpus of the isolation benchmark (bench/pipes-bench.sh): the files of
 * {@code IngestFaultCorpusFunctionalTests}, made by the same {@link TestDocuments}, plus the two that
 * only a worker process survives, from {@code ForkedExtractorTest}: a scan whose OCR outlasts the time
 * limit (the "hang") and a page too large to render in a small heap (the OutOfMemoryError).
 *
 * <p>Usage: {@code FaultCorpus DIR [SCANNED_PAGES]} (default 30: a few times the limit the bench gives)
 */
public final class FaultCorpus {

    private FaultCorpus() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int scanned = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Files.deleteIfExists(dir.resolve("vacio.pdf"));
        Files.createFile(dir.resolve("vacio.pdf"));
        TestDocuments.truncatedPdf(dir.resolve("truncado.pdf"));
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Files.write(dir.resolve("ruido.bin"), noise);
        Files.write(dir.resolve("ruido.pdf"), noise);
        Files.writeString(dir.resolve("no-es-pdf.pdf"), "solo texto\n");
        TestDocuments.encryptedPdf(dir.resolve("protegido.pdf"));
        TestDocuments.brokenXrefPdf(dir.resolve("xref-roto.pdf"));
        TestDocuments.zipBomb(dir.resolve("bomba.zip"), 200);
        Files.write(dir.resolve("anidado.zip"), TestDocuments.nestedZips(3));
        Files.writeString(
                dir.resolve("oficio.txt"),
                "Oficio IEPC/UTC/21/130 del 3 de noviembre de 2021.",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("latin1.txt"), "Comisión de Organización".getBytes(StandardCharsets.ISO_8859_1));
        TestDocuments.pdf(
                dir.resolve("texto.pdf"),
                List.of("Oficio No. IEPC/UTC/21/104\nDurango, 11 de octubre de 2021", "Segunda página"),
                Set.of());
        String lines = "Oficio escaneado IEPC/SE/0311/2022 con texto que Tesseract debe leer\n".repeat(25);
        TestDocuments.pdf(
                dir.resolve("lento.pdf"),
                IntStream.range(0, scanned).mapToObj(i -> lines).toList(),
                IntStream.range(0, scanned).boxed().collect(java.util.stream.Collectors.toSet()));
        TestDocuments.hugeBlankPagePdf(dir.resolve("enorme.pdf"));
        try (var listing = Files.list(dir)) {
            System.out.println("fault-corpus files=" + listing.count() + " dir=" + dir);
        }
    }
}
