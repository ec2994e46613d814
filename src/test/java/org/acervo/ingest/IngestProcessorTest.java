package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentId;
import org.acervo.document.DocumentStatus;
import org.acervo.document.FileStamp;
import org.acervo.extraction.Attachment;
import org.acervo.extraction.DocumentExtractor;
import org.acervo.extraction.Extraction;
import org.acervo.extraction.OcrMode;
import org.acervo.extraction.TestDocuments;
import org.acervo.extraction.TextExtractor;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.index.PathStamp;
import org.acervo.recognition.DocumentRecognizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the processor makes of a file: failures read again or kept, members below the deepest level
 * recorded, the unpacking budget kept, and temporary copies cleaned up.
 */
@Tag("slow")
class IngestProcessorTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "reading took too long and was stopped (limit 120 s)|INDEXED",
                "the document needs more memory than a reader is given and was stopped (limit 512m)|INDEXED",
                "the reader crashed on this document (exit code 134)|INDEXED",
                "encrypted document: it needs a password to be opened|UNCHANGED",
                "damaged or truncated file: it could not be read (Page tree root must be a dictionary)|UNCHANGED",
            })
    void aFailedFileIsReadAgainOnlyWhenItsFailureWasALimitOrAnAccident(String reason, String result) throws Exception {
        assertThat(processOnce(reason, false)).hasToString(result);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "encrypted document: it needs a password to be opened",
                "damaged or truncated file: it could not be read (Page tree root must be a dictionary)",
            })
    void retryFailedReadsAgainEveryFailure(String reason) throws Exception {
        assertThat(processOnce(reason, true)).isEqualTo(FileOutcome.Result.INDEXED);
    }

    private FileOutcome.Result processOnce(String reason, boolean retryAll) throws Exception {
        Path file =
                Files.writeString(dir.resolve("oficio.txt"), "Oficio No. IEPC/SE/0001/2021 del 5 de octubre de 2021.");
        String sha = DocumentId.of(file);
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"));
                TextExtractor extractor = new TextExtractor(OcrMode.NEVER, Duration.ofSeconds(30))) {
            index.upsert(new ArchiveDocument(
                    sha,
                    List.of(file.toString()),
                    DocumentStatus.FAILED,
                    reason,
                    "text/plain",
                    null,
                    0,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()));
            index.commit();

            FileOutcome outcome =
                    new IngestProcessor(index, () -> extractor, new DocumentRecognizer(), retryAll).process(file);

            if (outcome.entry() != null) {
                index.upsert(outcome.entry());
                assertThat(index.failureReason(sha)).isEmpty();
            } else {
                assertThat(index.failureReason(sha))
                        .as("a kept failure keeps its reason")
                        .contains(reason);
            }
            return outcome.result();
        }
    }

    private static final long UNPACK = IngestProcessor.UNPACK_MEGABYTES * 1024L * 1024L;

    /** An extractor that must not start: a file whose stamp is the one recorded needs none. */
    private static final java.util.function.Supplier<DocumentExtractor> NO_EXTRACTOR = () -> {
        throw new AssertionError("an extractor was started for an unchanged file");
    };

    /** The path indexed as a content named {@code recorded}, which the file's bytes are not, stamped as the file is now. */
    private static void recordedAsItIsNow(LuceneDocumentIndex index, Path file) throws IOException {
        index.upsert(new ArchiveDocument(
                "recorded",
                List.of(file.toString()),
                DocumentStatus.INDEXED,
                null,
                "text/plain",
                null,
                0,
                List.of("texto"),
                List.of()));
        index.stamp(file.toString(), new PathStamp("recorded", FileStamp.of(file)));
    }

    @Test
    void aFileWhoseStampIsTheOneRecordedIsNotReadAndStartsNoExtractor() throws Exception {
        Path file =
                Files.writeString(dir.resolve("oficio.txt"), "Oficio No. IEPC/SE/0001/2021 del 5 de octubre de 2021.");
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"))) {
            recordedAsItIsNow(index, file);

            FileOutcome outcome = new IngestProcessor(index, NO_EXTRACTOR, new DocumentRecognizer()).process(file);

            // had its bytes been hashed, they would not be the recorded content
            assertThat(outcome.result()).isEqualTo(FileOutcome.Result.UNCHANGED);
            assertThat(outcome.entry()).isNull();
        }
    }

    @Test
    void verifyReadsEveryFileWhateverItsStampSays() throws Exception {
        Path file =
                Files.writeString(dir.resolve("oficio.txt"), "Oficio No. IEPC/SE/0001/2021 del 5 de octubre de 2021.");
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"));
                TextExtractor extractor = new TextExtractor(OcrMode.NEVER, Duration.ofSeconds(30))) {
            recordedAsItIsNow(index, file);

            FileOutcome outcome = new IngestProcessor(
                            index, () -> extractor, new DocumentRecognizer(), false, UNPACK, true, Duration.ZERO)
                    .process(file);

            assertThat(outcome.result()).isEqualTo(FileOutcome.Result.INDEXED);
            assertThat(outcome.replacedSha()).isEqualTo("recorded");
            assertThat(outcome.entry().sha256()).isEqualTo(DocumentId.of(file));
        }
    }

    @Test
    void aFileRewrittenInPlaceWithItsSizeAndModificationTimeRestoredIsReadAgain() throws Exception {
        Path file =
                Files.writeString(dir.resolve("oficio.txt"), "Oficio No. IEPC/SE/0001/2021 del 5 de octubre de 2021.");
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"));
                TextExtractor extractor = new TextExtractor(OcrMode.NEVER, Duration.ofSeconds(30))) {
            IngestProcessor processor = new IngestProcessor(
                    index, () -> extractor, new DocumentRecognizer(), false, UNPACK, false, Duration.ZERO);
            FileOutcome first = processor.process(file);
            index.upsert(first.entry());
            index.stamp(first.path(), first.stamp());
            assertThat(processor.process(file).result()).isEqualTo(FileOutcome.Result.UNCHANGED);
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
            Thread.sleep(20);

            // when the file is written again in place, as long as before, its modification time set back
            Files.writeString(file, "Oficio No. IEPC/SE/0002/2021 del 5 de octubre de 2021.");
            Files.setLastModifiedTime(file, modified);

            // then it is read again and its new content indexed
            FileOutcome second = processor.process(file);
            assertThat(second.result()).isEqualTo(FileOutcome.Result.INDEXED);
            assertThat(second.entry().mentions()).extracting(m -> m.value()).contains("IEPC/SE/0002/2021");
        }
    }

    @Test
    void aFileChangedAMomentAgoIsNotStampedSoTheNextRunReadsItAgain() throws Exception {
        Path file =
                Files.writeString(dir.resolve("oficio.txt"), "Oficio No. IEPC/SE/0001/2021 del 5 de octubre de 2021.");
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"));
                TextExtractor extractor = new TextExtractor(OcrMode.NEVER, Duration.ofSeconds(30))) {

            FileOutcome outcome = new IngestProcessor(index, () -> extractor, new DocumentRecognizer()).process(file);

            assertThat(outcome.result()).isEqualTo(FileOutcome.Result.INDEXED);
            assertThat(outcome.stamp())
                    .as("changed less than %s ago", FileStamp.SETTLE)
                    .isNull();
        }
    }

    @Test
    void everyLevelOfFiveNestedZipsHasAnOutcomeAndNoTemporaryCopyIsLeft() throws Exception {
        // given five zips, one inside the other, each with a document of its own
        Path zip = Files.write(dir.resolve("nivel5.zip"), TestDocuments.nestedZips(5));
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"));
                Recording extractor = new Recording(new TextExtractor(OcrMode.NEVER, Duration.ofSeconds(30)))) {
            List<Path> before = attachmentCopies(temporary);

            // when
            FileOutcome outcome = new IngestProcessor(index, () -> extractor, new DocumentRecognizer()).process(zip);

            // then the documents of the three levels read are indexed, and what lies deeper is a recorded failure
            Map<String, ArchiveDocument> byPath = byPath(outcome);
            String level2 = zip + "!/nivel4.zip!/nivel3.zip!/nivel2.zip";
            assertThat(byPath)
                    .containsOnlyKeys(
                            zip + "!/oficio-5.txt",
                            zip + "!/nivel4.zip",
                            zip + "!/nivel4.zip!/oficio-4.txt",
                            zip + "!/nivel4.zip!/nivel3.zip",
                            zip + "!/nivel4.zip!/nivel3.zip!/oficio-3.txt",
                            level2,
                            level2 + "!/oficio-2.txt",
                            level2 + "!/nivel1.zip");
            assertThat(byPath.get(zip + "!/nivel4.zip!/nivel3.zip!/oficio-3.txt")
                            .status())
                    .isEqualTo(DocumentStatus.INDEXED);
            assertThat(List.of(byPath.get(level2 + "!/oficio-2.txt"), byPath.get(level2 + "!/nivel1.zip")))
                    .allSatisfy(e -> assertThat(e.reason()).startsWith("nested too deep"));
            // and every temporary copy handed over is gone, none left in the temporary folder either
            assertThat(extractor.copies).isNotEmpty().noneMatch(Files::exists);
            assertThat(attachmentCopies(temporary)).as("temporary copies left").isSubsetOf(before);
        }
    }

    @Test
    void oneFileUnpacksNoMoreThanItsBudgetAcrossItsNestedContainersAndEveryMemberHasAnOutcome() throws Exception {
        // given a zip of a document and two zips whose 6 members unpack to 4 MB each: 48 MB from a few kilobytes
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("oficio.txt", "Oficio No. IEPC/SE/0600/2021".getBytes(StandardCharsets.UTF_8));
        members.put("bomba-a.zip", TestDocuments.compressibleZip("a", 6, 4));
        members.put("bomba-b.zip", TestDocuments.compressibleZip("b", 6, 4));
        Path zip = Files.write(dir.resolve("paquete.zip"), zipOf(members));
        long budget = 20L << 20;
        try (LuceneDocumentIndex index = LuceneDocumentIndex.open(dir.resolve("data"));
                Recording extractor = new Recording(new TextExtractor(OcrMode.NEVER, Duration.ofSeconds(60)))) {

            // when the file may unpack 20 MB in all
            FileOutcome outcome =
                    new IngestProcessor(index, () -> extractor, new DocumentRecognizer(), false, budget).process(zip);

            // then no more than that was written, across both levels
            assertThat(extractor.onDisk).isLessThanOrEqualTo(budget);
            assertThat(extractor.unpacked).isLessThanOrEqualTo(budget);
            // and every member, of the file and of its zips, has an outcome: indexed, or refused with the reason
            Map<String, ArchiveDocument> byPath = byPath(outcome);
            List<String> expected =
                    new ArrayList<>(List.of(zip + "!/oficio.txt", zip + "!/bomba-a.zip", zip + "!/bomba-b.zip"));
            for (int i = 1; i <= 6; i++) {
                expected.add(zip + "!/bomba-a.zip!/a-" + i + ".txt");
                expected.add(zip + "!/bomba-b.zip!/b-" + i + ".txt");
            }
            assertThat(byPath).containsOnlyKeys(expected);
            assertThat(byPath.get(zip + "!/oficio.txt").status()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(byPath.get(zip + "!/bomba-a.zip!/a-1.txt").status()).isEqualTo(DocumentStatus.INDEXED);
            assertThat(byPath.values())
                    .filteredOn(e -> e.status() == DocumentStatus.FAILED)
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.reason()).startsWith("not unpacked"));
            assertThat(byPath.entrySet())
                    .filteredOn(e -> e.getKey().contains("bomba-b.zip!/"))
                    .allSatisfy(e -> assertThat(e.getValue().status()).isEqualTo(DocumentStatus.FAILED));
            assertThat(extractor.copies).noneMatch(Files::exists);
        }
    }

    private static Map<String, ArchiveDocument> byPath(FileOutcome outcome) {
        Map<String, ArchiveDocument> byPath = new TreeMap<>();
        outcome.embedded().forEach(e -> e.paths().forEach(p -> byPath.put(p, e)));
        return byPath;
    }

    private static byte[] zipOf(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The extractor as the processor uses it, noting every temporary copy it hands over and the bytes
     * they hold when handed over, measured on the disk rather than taken from the extraction's count.
     */
    private static final class Recording implements DocumentExtractor {
        private final TextExtractor extractor;
        final List<Path> copies = new ArrayList<>();
        long onDisk;
        long unpacked;

        Recording(TextExtractor extractor) {
            this.extractor = extractor;
        }

        @Override
        public Extraction extract(Path file, String sha256, long unpackLimit) {
            Extraction extraction = extractor.extract(file, sha256, unpackLimit);
            unpacked += extraction.unpacked();
            for (Attachment attachment : extraction.attachments()) {
                if (attachment.file() != null) {
                    Path copy = Path.of(attachment.file());
                    copies.add(copy);
                    try {
                        onDisk += Files.size(copy);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return extraction;
        }

        @Override
        public void close() {
            extractor.close();
        }
    }

    private static List<Path> attachmentCopies(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("acervo-attachment-"))
                    .toList();
        }
    }
}
