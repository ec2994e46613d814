package org.acervo.extraction;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.tools.imageio.ImageIOUtil;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * OCR of a PDF after Tika has read its text layer: which pages need it, their text read several at once
 * ({@link PageOcrPool}), and each page's text put back at its page number.
 *
 * <p>Tika's own OCR reads one page after another inside its parse; this does what its strategies do, page
 * for page: {@code auto} (Tika's AUTO) reads the pages whose text layer is missing or unreadable, by the
 * same rule and thresholds ({@link PDFParserConfig.OCRStrategyAuto}), and keeps what little text layer
 * such a page has before its OCR text; {@code always} (Tika's OCR_ONLY) reads every page and keeps only
 * the OCR text.
 */
final class PdfOcr implements AutoCloseable {

    /** A document's pages after OCR, and how many were read by OCR. */
    record Result(List<String> pages, int ocrPages) {}

    private final OcrMode mode;
    private final PageOcrPool pool;

    PdfOcr(OcrMode mode, int slots, PageOcrPool.PageReader reader) {
        this.mode = mode;
        this.pool = new PageOcrPool(slots, reader);
    }

    /** The pages of {@code pdf} with OCR text where it is needed; {@code metadata} is that of Tika's parse without OCR. */
    Result complete(Path pdf, List<String> textLayer, Metadata metadata, PDFParserConfig.OCRStrategyAuto auto)
            throws IOException, TikaException, SAXException {
        List<Integer> scanned = pagesToRead(mode, textLayer.size(), metadata, auto);
        if (scanned.isEmpty()) {
            return new Result(textLayer, 0);
        }
        Map<Integer, String> read = pool.read(pdf, scanned);
        List<String> pages = new ArrayList<>(textLayer);
        read.forEach((page, ocr) -> {
            String layer = textLayer.get(page);
            pages.set(
                    page, mode == OcrMode.ALWAYS || layer.isBlank() ? ocr : PageTextHandler.tidy(layer + "\n\n" + ocr));
        });
        return new Result(pages, scanned.size());
    }

    /**
     * The 0-based pages to read by OCR. {@code auto}: Tika's AUTO rule on the characters Tika counted on each
     * page ({@link PDF#CHARACTERS_PER_PAGE}) and those it could not map to Unicode: a page with no more
     * characters than the threshold, or with more unmapped ones than allowed (a count, or a share when the
     * setting is under 1).
     */
    static List<Integer> pagesToRead(
            OcrMode mode, int pageCount, Metadata metadata, PDFParserConfig.OCRStrategyAuto auto) {
        List<Integer> pages = new ArrayList<>();
        if (mode == OcrMode.NEVER) {
            return pages;
        }
        int[] characters = metadata.getIntValues(PDF.CHARACTERS_PER_PAGE);
        int[] unmapped = metadata.getIntValues(PDF.UNMAPPED_UNICODE_CHARS_PER_PAGE);
        float allowed = auto.getUnmappedUnicodeCharsPerPage();
        for (int page = 0; page < pageCount; page++) {
            int total = page < characters.length ? characters[page] : 0;
            int bad = page < unmapped.length ? unmapped[page] : 0;
            boolean unreadable = total > auto.getTotalCharsPerPage()
                    && (allowed < 1 ? (float) bad / total > allowed : bad > allowed);
            if (mode == OcrMode.ALWAYS || total <= auto.getTotalCharsPerPage() || unreadable) {
                pages.add(page);
            }
        }
        return pages;
    }

    /**
     * Reads a rendered page with Tika's Tesseract parser, handed over as a TIFF file with the page's
     * resolution in it, which Tesseract judges text sizes by. PackBits (run lengths) writes a 300-dpi page in
     * 0.01 to 0.08 s where Tika's LZW took 0.09 to 0.15 s and PNG more than a second; Tesseract reads the
     * same pixels. The file is always deleted.
     */
    static PageOcrPool.PageReader tesseract(TesseractOCRParser parser, TesseractOCRConfig config) {
        return (page, image, dpi) -> {
            Path tiff = Files.createTempFile("acervo-page-", ".tiff");
            try {
                write(image, dpi, tiff);
                ParseContext context = new ParseContext();
                context.set(TesseractOCRConfig.class, config);
                PageTextHandler handler = new PageTextHandler();
                try (TikaInputStream in = TikaInputStream.get(tiff)) {
                    parser.parse(in, handler, new Metadata(), context);
                }
                return handler.text();
            } finally {
                TempFiles.delete(tiff);
            }
        };
    }

    private static void write(BufferedImage image, int dpi, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (!ImageIOUtil.writeImage(image, "tiff", out, dpi, 1f, "PackBits")) {
                throw new IOException("no TIFF writer for the page image");
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
