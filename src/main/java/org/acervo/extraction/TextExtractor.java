package org.acervo.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.acervo.document.DiskFullException;
import org.acervo.document.DocumentId;
import org.acervo.document.RootCause;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file's text page by page with Tika, running Tesseract ({@code spa}) on pages that need it.
 *
 * <p>One {@link AutoDetectParser} is shared; each file gets a fresh {@link ParseContext}. Every
 * problem becomes an {@link ExtractionFailure} in the result: this class never throws for a bad file.
 * A PDF's pages that need OCR are read after Tika's parse, several at once ({@link PdfOcr}). A parse that
 * outlives the timeout, its OCR included, is abandoned (its thread is a daemon and cannot be killed).
 */
public final class TextExtractor implements DocumentExtractor {

    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final Parser parser = new AutoDetectParser(tika);
    private final Detector detector = tika.getDetector();
    private final MimeTypes mimeTypes = tika.getMimeRepository();
    private final OcrMode ocrMode;
    private final Duration timeout;
    /** PDF pages that need OCR are read here, several at once, after Tika has read the text layer. */
    private final PdfOcr pdfOcr;

    private final ExecutorService parsing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tika-parse");
        thread.setDaemon(true);
        return thread;
    });

    /** OCR of a PDF's pages runs on as many slots as the machine has cores: one long scan uses them all. */
    public TextExtractor(OcrMode ocrMode, Duration timeout) {
        this(ocrMode, timeout, Runtime.getRuntime().availableProcessors(), null);
    }

    /** With {@code reader} null, pages are read by Tesseract; tests give a reader of their own. */
    TextExtractor(OcrMode ocrMode, Duration timeout, int ocrSlots, PageOcrPool.PageReader reader) {
        this.ocrMode = ocrMode;
        this.timeout = timeout;
        this.pdfOcr =
                new PdfOcr(ocrMode, ocrSlots, reader != null ? reader : PdfOcr.tesseract(tesseract(), ocrConfig(true)));
    }

    /** Tika's Tesseract parser, set up (its path, its languages) as Tika's default configuration does. */
    private static TesseractOCRParser tesseract() {
        TesseractOCRParser tesseract = new TesseractOCRParser();
        try {
            tesseract.initialize(Map.of());
        } catch (TikaConfigException e) {
            throw new IllegalStateException("Tesseract could not be set up: " + e.getMessage(), e);
        }
        return tesseract;
    }

    public Extraction extract(Path file) {
        try {
            return extract(file, DocumentId.of(file));
        } catch (IOException e) {
            return Extraction.failed(null, null, ExtractionFailure.UNREADABLE, e.getMessage());
        }
    }

    @Override
    public Extraction extract(Path file, String sha256, long unpackLimit) {
        try {
            if (Files.size(file) == 0) {
                return Extraction.failed(sha256, null, ExtractionFailure.EMPTY, null);
            }
            MediaType byContent = detectContent(file);
            Extraction mismatch = checkNameMatchesContent(file, sha256, byContent);
            if (mismatch != null) {
                return mismatch;
            }
            if (byContent.getBaseType().equals(MediaType.TEXT_PLAIN)) {
                List<String> pages = PlainText.pages(file);
                return pages.stream().allMatch(String::isBlank)
                        ? Extraction.failed(sha256, byContent.toString(), ExtractionFailure.NO_TEXT, "only blank space")
                        : Extraction.success(sha256, byContent.toString(), pages, 0);
            }
            return parseWithTimeout(file, sha256, byContent.toString(), unpackLimit);
        } catch (IOException e) {
            return Extraction.failed(sha256, null, unreadableOrDiskFull(e), e.getMessage());
        }
    }

    /** A full temporary disk is no fault of the file: it must reach the ingest as what it is. */
    private static ExtractionFailure unreadableOrDiskFull(Throwable e) {
        return DiskFullException.causes(e) ? ExtractionFailure.DISK_FULL : ExtractionFailure.UNREADABLE;
    }

    private MediaType detectContent(Path file) throws IOException {
        try (InputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata());
        }
    }

    /** A file named like a binary format (.pdf, .docx, .png) that holds plain text is not what it claims. */
    private Extraction checkNameMatchesContent(Path file, String sha256, MediaType byContent) {
        MediaType byName = mimeTypes.getMimeType(file.getFileName().toString()).getType();
        boolean nameIsBinary = !byName.equals(MediaType.OCTET_STREAM) && !"text".equals(byName.getType());
        if (nameIsBinary && "text".equals(byContent.getType())) {
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : name;
            return Extraction.failed(
                    sha256,
                    byContent.toString(),
                    ExtractionFailure.WRONG_FORMAT,
                    "named " + extension + " but it holds plain text");
        }
        return null;
    }

    private Extraction parseWithTimeout(Path file, String sha256, String mediaType, long unpackLimit) {
        Future<Extraction> future = parsing.submit(() -> parse(file, sha256, mediaType, unpackLimit));
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            log.warn("Parsing {} exceeded {}", file, timeout);
            return Extraction.failed(
                    sha256, mediaType, ExtractionFailure.TIMED_OUT, "limit " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Extraction.failed(sha256, mediaType, ExtractionFailure.TIMED_OUT, "interrupted");
        } catch (ExecutionException e) {
            log.warn("Parsing {} failed unexpectedly", file, e.getCause());
            return Extraction.failed(
                    sha256,
                    mediaType,
                    DiskFullException.causes(e) ? ExtractionFailure.DISK_FULL : ExtractionFailure.CORRUPT,
                    RootCause.firstLine(e.getCause()));
        }
    }

    /**
     * What a document holds. With {@code --ocr auto}, a document of an office format (Word, RTF, a
     * spreadsheet) is read first without its pictures' OCR: Tika would run Tesseract on every picture it
     * embeds, logos and signatures included (a 2 MB Word acuerdo of the IFE archive took 133 s that way, 7 s
     * without, and timed out). Its pictures are read only when its own text is next to nothing
     * ({@value #TEXT_ENOUGH} characters): a scan pasted into a Word file, as a PDF page without text is.
     */
    private Extraction parse(Path file, String sha256, String mediaType, long unpackLimit) {
        String base = baseType(mediaType);
        boolean textFirst = ocrMode == OcrMode.AUTO
                && !isPdf(base)
                && !mediaType.startsWith("image/")
                && !AttachmentCollector.CONTAINERS.contains(base);
        if (!textFirst) {
            return parse(file, sha256, mediaType, unpackLimit, true);
        }
        Extraction text = parse(file, sha256, mediaType, unpackLimit, false);
        int characters = text.pages().stream().mapToInt(p -> p.strip().length()).sum();
        if (characters >= TEXT_ENOUGH || text.failure() != null && text.failure() != ExtractionFailure.NO_TEXT) {
            return text;
        }
        text.discardAttachments();
        return parse(file, sha256, mediaType, unpackLimit, true);
    }

    /** Fewer characters of its own than this, and an office document's pictures are read by OCR too. */
    static final int TEXT_ENOUGH = 200;

    private Extraction parse(Path file, String sha256, String mediaType, long unpackLimit, boolean ocrPictures) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        PageTextHandler handler = new PageTextHandler();
        String base = baseType(mediaType);
        boolean container = AttachmentCollector.CONTAINERS.contains(base);
        ParseContext context = newContext(ocrPictures);
        AttachmentCollector collector = new AttachmentCollector(context, unpackLimit);
        if (container) {
            // The parser is needed to read inline parts (an e-mail's body); attachments are only collected.
            context.set(Parser.class, parser);
            context.set(EmbeddedDocumentExtractor.class, collector);
        }
        // A Word file is read from a copy with its page starts marked, which Tika's own reading loses.
        Path marked = WordPageBreaks.TYPES.contains(base) ? WordPageBreaks.markedCopy(file) : null;
        try (InputStream in = TikaInputStream.get(marked != null ? marked : file, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            collector.attachments().forEach(Attachment::discard);
            // The copies are gone, but they were written: the caller's budget is charged all the same.
            return failure(file, sha256, mediaType, e).withAttachments(List.of(), collector.unpacked());
        } finally {
            TempFiles.delete(marked);
        }
        List<String> pages = handler.pages();
        // An image has no text layer: whatever text it gave came from Tesseract.
        int ocrPages = mediaType.startsWith("image/") ? pages.size() : 0;
        if (isPdf(base)) {
            try {
                PdfOcr.Result read = pdfOcr.complete(
                        file,
                        pages,
                        metadata,
                        context.get(PDFParserConfig.class).getOcrStrategyAuto());
                pages = read.pages();
                ocrPages = read.ocrPages();
            } catch (Exception e) {
                return failure(file, sha256, mediaType, e);
            }
        }
        List<Attachment> attachments = collector.attachments();
        if (pages.stream().allMatch(String::isBlank) && !attachments.isEmpty()) {
            // An archive has no text of its own: its page lists what it holds.
            pages = List.of("Contenido: "
                    + String.join(
                            ", ", attachments.stream().map(Attachment::name).toList()));
        }
        if (pages.stream().allMatch(String::isBlank)) {
            boolean unknown = MediaType.OCTET_STREAM.toString().equals(mediaType);
            return Extraction.failed(
                            sha256,
                            mediaType,
                            unknown ? ExtractionFailure.UNSUPPORTED : ExtractionFailure.NO_TEXT,
                            unknown ? "type not recognized" : mediaType)
                    .withAttachments(List.of(), collector.unpacked());
        }
        return Extraction.success(sha256, mediaType, pages, ocrPages)
                .withAttachments(attachments, collector.unpacked());
    }

    /** A parse that threw, as the failure a person reads. */
    private Extraction failure(Path file, String sha256, String mediaType, Exception error) {
        if (error instanceof EncryptedDocumentException) {
            return Extraction.failed(sha256, mediaType, ExtractionFailure.ENCRYPTED, null);
        }
        if (error instanceof UnsupportedFormatException) {
            return Extraction.failed(sha256, mediaType, ExtractionFailure.UNSUPPORTED, mediaType);
        }
        if (error instanceof ZeroByteFileException) {
            return Extraction.failed(sha256, mediaType, ExtractionFailure.EMPTY, null);
        }
        if (DiskFullException.causes(error)) {
            // Copying an archive's member or a page image for OCR ran out of room: the file is fine.
            log.warn("No space for temporary files while parsing {}", file, error);
            return Extraction.failed(sha256, mediaType, ExtractionFailure.DISK_FULL, RootCause.firstLine(error));
        }
        log.warn("Could not parse {}", file, error);
        return Extraction.failed(sha256, mediaType, ExtractionFailure.CORRUPT, RootCause.firstLine(error));
    }

    /** The media type without its parameters ({@code text/plain; charset=UTF-8} is {@code text/plain}). */
    private static String baseType(String mediaType) {
        return MediaType.parse(mediaType).getBaseType().toString();
    }

    private static boolean isPdf(String baseType) {
        return MediaType.application("pdf").toString().equals(baseType);
    }

    private ParseContext newContext(boolean ocrPictures) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        // Tika reads the text layer only; the pages that need OCR are read afterwards, several at once
        // (PdfOcr), by the rule of Tika's AUTO strategy or, for `always`, all of them.
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, ocrConfig(ocrPictures));
        return context;
    }

    /** Tesseract's settings, for images Tika reads and for PDF pages alike; none at all without {@code ocrPictures}. */
    private TesseractOCRConfig ocrConfig(boolean ocrPictures) {
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage("spa");
        // Mode 3 (automatic layout, no orientation detection): Tika's default mode 1 adds orientation
        // detection that cost 75% more time on upright scans (docs/BENCHMARKS.md).
        ocr.setPageSegMode("3");
        ocr.setSkipOcr(ocrMode == OcrMode.NEVER || !ocrPictures);
        // Tesseract reads every frame of a multi-page TIFF in one run, and Tika asks it for no separator
        // between frames: with one, each frame becomes a page (PageTextHandler).
        ocr.setPageSeparator(PageTextHandler.PAGE_BREAK);
        // That one run takes as long as the frames need: the document's limit bounds it, not Tika's
        // 120 s per run, which failed a long TIFF as damaged instead of timed out.
        ocr.setTimeoutSeconds((int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toSeconds())));
        return ocr;
    }

    @Override
    public void close() {
        parsing.shutdownNow();
        pdfOcr.close();
    }
}
