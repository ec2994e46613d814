package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.acervo.extraction.Extraction;
import org.acervo.extraction.Sha256;
import org.acervo.extraction.DocumentExtractor;
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

    IngestProcessor(DocumentIndex index, Supplier<DocumentExtractor> extractor, DocumentRecognizer recognizer) {
        this.index = index;
        this.extractor = extractor;
        this.recognizer = recognizer;
    }

    @Override
    public IngestOutcome process(Path file) throws IOException {
        String path = file.toString();
        String sha = Sha256.of(file);
        Optional<String> before = index.shaForPath(path);
        if (before.filter(sha::equals).isPresent()) {
            return new IngestOutcome(path, IngestOutcome.Result.UNCHANGED, null, null);
        }
        String replaced = before.orElse(null);
        Optional<IndexEntry> known = index.find(sha);
        if (known.isPresent()) {
            // The same content under another path: one document, one more path.
            return new IngestOutcome(path, resultOf(known.get()), known.get().withPath(path), replaced);
        }
        IndexEntry entry = entryFor(path, extractor.get().extract(file, sha));
        return new IngestOutcome(path, resultOf(entry), entry, replaced);
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
