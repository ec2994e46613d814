package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.acervo.document.DiskFullException;
import org.acervo.extraction.Attachment;
import org.acervo.extraction.DocumentExtractor;
import org.acervo.extraction.Extraction;
import org.acervo.extraction.ExtractionFailure;
import org.acervo.extraction.Sha256;
import org.acervo.index.DocumentIndex;
import org.acervo.index.EntryStatus;
import org.acervo.index.IndexEntry;
import org.acervo.recognition.DocumentRecognizer;
import org.acervo.recognition.Recognition;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides what a file means for the index: content already there under this path (unchanged), known
 * content under a new path (one more path), or new content to extract and recognize.
 */
final class IngestProcessor implements ItemProcessor<Path, IngestOutcome> {

    private final DocumentIndex index;
    /** Supplied on first need: Tika takes a second or two to start, which an all-unchanged run never needs. */
    private final Supplier<DocumentExtractor> extractor;
    private final DocumentRecognizer recognizer;
    private final boolean retryAll;

    /** An archive inside an archive inside an e-mail is followed; deeper nesting is a bomb, not a filing system. */
    static final int MAX_DEPTH = 3;

    /** Why a member below {@value #MAX_DEPTH} levels of containers is not read. */
    static final String TOO_DEEP = "nested too deep: containers inside containers are followed " + MAX_DEPTH + " levels down";

    IngestProcessor(DocumentIndex index, Supplier<DocumentExtractor> extractor, DocumentRecognizer recognizer) {
        this(index, extractor, recognizer, false);
    }

    /** @param retryAll read again every failed file ({@code --retry-failed}), not only those a limit or an accident failed */
    IngestProcessor(DocumentIndex index, Supplier<DocumentExtractor> extractor, DocumentRecognizer recognizer, boolean retryAll) {
        this.index = index;
        this.extractor = extractor;
        this.recognizer = recognizer;
        this.retryAll = retryAll;
    }

    @Override
    public IngestOutcome process(Path file) throws IOException {
        String path = file.toString();
        String sha = Sha256.of(file);
        Optional<String> before = index.shaForPath(path);
        // A failure caused by a limit or a crash (timed out, out of memory) is tried again; one of the
        // content itself (encrypted, damaged) is kept until the file changes.
        boolean retry = index.failureReason(sha).filter(reason -> retryAll || ExtractionFailure.isRetried(reason)).isPresent();
        if (before.filter(sha::equals).isPresent() && !retry) {
            return new IngestOutcome(path, IngestOutcome.Result.UNCHANGED, null, null);
        }
        String replaced = before.filter(b -> !b.equals(sha)).orElse(null);
        Optional<IndexEntry> known = retry ? Optional.empty() : index.find(sha);
        if (known.isPresent()) {
            // The same content under another path: one document, one more path. The outcome carries
            // this path only (the index adds it to the others), so a failure is reported where it was found.
            return new IngestOutcome(path, resultOf(known.get()), known.get().withPaths(List.of(path)), replaced);
        }
        Extraction extraction = extract(file, sha);
        List<IndexEntry> embedded = new ArrayList<>();
        readAttachments(path, extraction, 1, embedded);
        IndexEntry entry = entryFor(path, extraction);
        return new IngestOutcome(path, resultOf(entry), entry, replaced, embedded);
    }

    /**
     * Each attachment or archive member becomes a document of its own under {@code container!/name};
     * nested containers are followed {@value #MAX_DEPTH} levels deep. Temporary copies are deleted here.
     */
    private void readAttachments(String container, Extraction extraction, int depth, List<IndexEntry> into)
            throws IOException {
        for (Attachment attachment : extraction.attachments()) {
            String path = container + IngestOutcome.MEMBER + attachment.name();
            if (attachment.file() == null) {
                into.add(failed(path, "path-" + Sha256.of(path), null, attachment.reason()));
                continue;
            }
            Path copy = Path.of(attachment.file());
            try {
                String sha = Sha256.of(copy);
                Optional<IndexEntry> known = index.find(sha);
                if (known.isPresent()) {
                    into.add(known.get().withPaths(List.of(path)));
                    continue;
                }
                Extraction inner = extract(copy, sha);
                if (depth < MAX_DEPTH) {
                    readAttachments(path, inner, depth + 1, into);
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
     * Extracts one file; a full temporary disk stops the run rather than become this file's failure,
     * which would be kept and reported as if the file were bad.
     */
    private Extraction extract(Path file, String sha) {
        Extraction extraction = extractor.get().extract(file, sha);
        if (extraction.failure() == ExtractionFailure.DISK_FULL) {
            extraction.discardAttachments();
            throw new DiskFullException(Path.of(System.getProperty("java.io.tmpdir")),
                    "temporary files of extraction", new IOException(extraction.reason()));
        }
        return extraction;
    }

    /** Members below the deepest level followed: each a recorded failure, its temporary copy deleted. */
    private static void tooDeep(String container, Extraction extraction, List<IndexEntry> into) throws IOException {
        for (Attachment attachment : extraction.attachments()) {
            String path = container + IngestOutcome.MEMBER + attachment.name();
            into.add(failed(path, "path-" + Sha256.of(path), null, TOO_DEEP));
            if (attachment.file() != null) {
                Files.deleteIfExists(Path.of(attachment.file()));
            }
        }
    }

    private IndexEntry entryFor(String path, Extraction extraction) {
        if (!extraction.succeeded()) {
            return failed(path, extraction.sha256(), extraction.mediaType(), extraction.reason());
        }
        Recognition recognition = recognizer.recognize(extraction.pages());
        return new IndexEntry(extraction.sha256(), List.of(path), EntryStatus.INDEXED, null, extraction.mediaType(),
                recognition.documentDate(), extraction.ocrPages(), extraction.pages(), recognition.mentions(),
                recognition.relations(), recognition.events());
    }

    static IndexEntry failed(String path, String sha, String mediaType, String reason) {
        return new IndexEntry(sha, List.of(path), EntryStatus.FAILED, reason, mediaType, null, 0, List.of(), List.of());
    }

    private static IngestOutcome.Result resultOf(IndexEntry entry) {
        return entry.status() == EntryStatus.FAILED ? IngestOutcome.Result.FAILED : IngestOutcome.Result.INDEXED;
    }
}
