package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DiskFullException;
import org.acervo.document.DocumentId;
import org.acervo.document.DocumentStatus;
import org.acervo.document.FileStamp;
import org.acervo.extraction.Attachment;
import org.acervo.extraction.DocumentExtractor;
import org.acervo.extraction.Extraction;
import org.acervo.extraction.ExtractionFailure;
import org.acervo.index.DocumentIndex;
import org.acervo.index.PathStamp;
import org.acervo.recognition.DocumentRecognizer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides what a file means for the index: content already there under this path (unchanged), known
 * content under a new path (one more path), or new content to extract and recognize. A file whose stamp
 * (size, dates, inode: {@link FileStamp}) is the one recorded with its path's content is not read at all.
 */
final class IngestProcessor implements ItemProcessor<Path, FileOutcome> {

    private final DocumentIndex index;
    /** Supplied on first need: Tika takes a second or two to start, which an all-unchanged run never needs. */
    private final Supplier<DocumentExtractor> extractor;

    private final DocumentRecognizer recognizer;
    private final boolean retryAll;
    /** Hash every file, whatever its stamp says ({@code ingest --verify}). */
    private final boolean verify;
    /** How long ago a file must have changed for its stamp to be recorded ({@link FileStamp#SETTLE}; tests use zero). */
    private final Duration settle;

    /** An archive inside an archive inside an e-mail is followed; deeper nesting is a bomb, not a filing system. */
    static final int MAX_DEPTH = 3;

    /** Why a member below {@value #MAX_DEPTH} levels of containers is not read. */
    static final String TOO_DEEP =
            "nested too deep: containers inside containers are followed " + MAX_DEPTH + " levels down";

    /**
     * What one input file may unpack to temporary files in all, the members of its nested containers
     * included: {@value #UNPACK_MEGABYTES} MB, or {@value #UNPACK_RATIO} times its own size when that is
     * more. A 3 MB zip of many highly compressible members wrote 3.1 GB when only each member was
     * bounded; the ratio keeps a large archive of scans, which unpacks to about its own size, readable.
     */
    static final int UNPACK_MEGABYTES = DocumentExtractor.DEFAULT_UNPACK_MEGABYTES;

    static final int UNPACK_RATIO = 10;

    private final long unpackBytes;

    IngestProcessor(DocumentIndex index, Supplier<DocumentExtractor> extractor, DocumentRecognizer recognizer) {
        this(index, extractor, recognizer, false);
    }

    /** @param retryAll read again every failed file ({@code --retry-failed}), not only those a limit or an accident failed */
    IngestProcessor(
            DocumentIndex index,
            Supplier<DocumentExtractor> extractor,
            DocumentRecognizer recognizer,
            boolean retryAll) {
        this(index, extractor, recognizer, retryAll, UNPACK_MEGABYTES * 1024L * 1024L);
    }

    /** @param unpackBytes the least one input file may unpack in all; lowered by tests, which then write megabytes, not gigabytes */
    IngestProcessor(
            DocumentIndex index,
            Supplier<DocumentExtractor> extractor,
            DocumentRecognizer recognizer,
            boolean retryAll,
            long unpackBytes) {
        this(index, extractor, recognizer, retryAll, unpackBytes, false, FileStamp.SETTLE);
    }

    /**
     * @param verify hash every file even when its stamp is the one recorded ({@code --verify})
     * @param settle how long ago a file must have changed for its stamp to be recorded
     */
    IngestProcessor(
            DocumentIndex index,
            Supplier<DocumentExtractor> extractor,
            DocumentRecognizer recognizer,
            boolean retryAll,
            long unpackBytes,
            boolean verify,
            Duration settle) {
        this.index = index;
        this.extractor = extractor;
        this.recognizer = recognizer;
        this.retryAll = retryAll;
        this.unpackBytes = unpackBytes;
        this.verify = verify;
        this.settle = settle;
    }

    @Override
    public FileOutcome process(Path file) throws IOException {
        String path = file.toString();
        if (Files.isDirectory(file)) {
            // The listing yields a folder only when it could not open it (see SourceWalk).
            return unreadableFolder(path);
        }
        // The stamp is read before the content: a file written while it is hashed shows a new stamp next time.
        FileStamp stamp = FileStamp.of(file);
        String sha = verify
                ? null
                : index.stampOf(path)
                        .filter(s -> s.stamp().equals(stamp))
                        .map(PathStamp::sha256)
                        .orElse(null);
        if (sha == null) {
            sha = DocumentId.of(file);
        }
        // A file changed a moment ago could change again within its clock's tick and keep this stamp.
        PathStamp read = stamp.changedBefore(Instant.now().minus(settle)) ? new PathStamp(sha, stamp) : null;
        return outcomeOf(file, sha).withStamp(read);
    }

    private FileOutcome outcomeOf(Path file, String sha) throws IOException {
        String path = file.toString();
        Optional<String> before = index.shaForPath(path);
        // A failure caused by a limit or a crash (timed out, out of memory) is tried again; one of the
        // content itself (encrypted, damaged) is kept until the file changes.
        boolean retry = index.failureReason(sha)
                .filter(reason -> retryAll || ExtractionFailure.isRetried(reason))
                .isPresent();
        if (before.filter(sha::equals).isPresent() && !retry) {
            return new FileOutcome(path, FileOutcome.Result.UNCHANGED, null, null);
        }
        String replaced = before.filter(b -> !b.equals(sha)).orElse(null);
        Optional<ArchiveDocument> known = retry ? Optional.empty() : index.find(sha);
        if (known.isPresent()) {
            // The same content under another path: one document, one more path. The outcome carries
            // this path only (the index adds it to the others), so a failure is reported where it was found.
            return new FileOutcome(path, resultOf(known.get()), known.get().withPaths(List.of(path)), replaced);
        }
        Unpacking budget = new Unpacking(Math.max(unpackBytes, UNPACK_RATIO * Files.size(file)));
        Extraction extraction = extract(file, sha, budget);
        List<ArchiveDocument> embedded = new ArrayList<>();
        readAttachments(path, extraction, 1, embedded, budget);
        ArchiveDocument entry = entryFor(path, extraction);
        return new FileOutcome(path, resultOf(entry), entry, replaced, embedded);
    }

    /**
     * A folder the listing could not open, recorded as failed under its own path with the reason; it is
     * tried again on every run, and its failure is unlisted once it can be read (see PruneTasklet).
     */
    private FileOutcome unreadableFolder(String path) throws IOException {
        String reason;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(path))) {
            entries.iterator().forEachRemaining(entry -> {});
            // It reads now, but its files were not listed in this run: they are on the next.
            reason = ExtractionFailure.FOLDER_UNREADABLE.sentence() + " (its files could not be listed)";
        } catch (IOException | DirectoryIteratorException e) {
            reason = ReadFailures.ofFolder(e);
        }
        ArchiveDocument entry = failed(path, DocumentId.byPath(path), null, reason);
        String replaced = index.shaForPath(path)
                .filter(before -> !before.equals(entry.sha256()))
                .orElse(null);
        return new FileOutcome(path, FileOutcome.Result.FAILED, entry, replaced);
    }

    /**
     * Each attachment or archive member becomes a document of its own under {@code container!/name};
     * nested containers are followed {@value #MAX_DEPTH} levels deep, each unpacking only what is left
     * of the input file's budget (past it, the extractor records each member refused with the reason).
     * Temporary copies are deleted here.
     */
    private void readAttachments(
            String container, Extraction extraction, int depth, List<ArchiveDocument> into, Unpacking budget)
            throws IOException {
        for (Attachment attachment : extraction.attachments()) {
            String path = container + FileOutcome.MEMBER + attachment.name();
            if (attachment.file() == null) {
                into.add(failed(path, DocumentId.byPath(path), null, attachment.reason()));
                continue;
            }
            Path copy = Path.of(attachment.file());
            try {
                String sha = DocumentId.of(copy);
                Optional<ArchiveDocument> known = index.find(sha);
                if (known.isPresent()) {
                    into.add(known.get().withPaths(List.of(path)));
                    continue;
                }
                Extraction inner = extract(copy, sha, budget);
                if (depth < MAX_DEPTH) {
                    readAttachments(path, inner, depth + 1, into, budget);
                } else {
                    tooDeep(path, inner, into);
                }
                into.add(entryFor(path, inner));
            } finally {
                Files.deleteIfExists(copy);
            }
        }
    }

    /**
     * Extracts one file within what is left of the file's budget; a full temporary disk stops the run
     * rather than become this file's failure, which would be kept and reported as if the file were bad.
     */
    private Extraction extract(Path file, String sha, Unpacking budget) {
        Extraction extraction = budget.extract(extractor.get(), file, sha);
        if (extraction.failure() == ExtractionFailure.DISK_FULL) {
            extraction.discardAttachments();
            throw new DiskFullException(
                    Path.of(System.getProperty("java.io.tmpdir")),
                    DiskFullException.Room.TEMPORARY,
                    new IOException(extraction.reason()));
        }
        return extraction;
    }

    /** Members below the deepest level followed: each a recorded failure, its temporary copy deleted. */
    private static void tooDeep(String container, Extraction extraction, List<ArchiveDocument> into)
            throws IOException {
        for (Attachment attachment : extraction.attachments()) {
            String path = container + FileOutcome.MEMBER + attachment.name();
            into.add(failed(path, DocumentId.byPath(path), null, TOO_DEEP));
            attachment.discard();
        }
    }

    /** What is left of one input file's unpacking budget, charged with what each extraction wrote. */
    private static final class Unpacking {
        private long left;

        Unpacking(long bytes) {
            this.left = bytes;
        }

        Extraction extract(DocumentExtractor extractor, Path file, String sha) {
            Extraction extraction = extractor.extract(file, sha, left);
            left = Math.max(0, left - extraction.unpacked());
            return extraction;
        }
    }

    private ArchiveDocument entryFor(String path, Extraction extraction) {
        if (!extraction.succeeded()) {
            return failed(path, extraction.sha256(), extraction.mediaType(), extraction.reason())
                    .withFailure(extraction.failure().name());
        }
        return recognizer
                .recognize(extraction.pages())
                .indexed(extraction.sha256(), path, extraction.mediaType(), extraction.ocrPages(), extraction.pages());
    }

    /** A failed document; its failure's code is the kind its reason's sentence says (none for a sentence of its own). */
    static ArchiveDocument failed(String path, String sha, String mediaType, String reason) {
        return new ArchiveDocument(
                        sha, List.of(path), DocumentStatus.FAILED, reason, mediaType, null, 0, List.of(), List.of())
                .withFailure(ExtractionFailure.of(reason).map(Enum::name).orElse(null));
    }

    private static FileOutcome.Result resultOf(ArchiveDocument entry) {
        return entry.status() == DocumentStatus.FAILED ? FileOutcome.Result.FAILED : FileOutcome.Result.INDEXED;
    }
}
