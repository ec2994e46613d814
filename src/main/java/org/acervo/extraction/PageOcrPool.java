package org.acervo.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaException;
import org.xml.sax.SAXException;

/**
 * Renders the pages of a PDF that need OCR and reads them, as many at once as the pool has slots, so
 * that one long scan keeps every core busy.
 *
 * <p>PDFBox documents are not safe across threads: each slot renders from a copy of the document of its
 * own, opened when first needed. A page is rendered only when a slot takes it up, at the resolution of its
 * scan ({@link ScanResolution}), and let go once it is read: a 300-page scan never holds more page images
 * than there are slots.
 */
final class PageOcrPool implements AutoCloseable {

    /** Reads the text of one rendered page (0-based index), drawn at {@code dpi}. */
    @FunctionalInterface
    interface PageReader {
        String read(int page, BufferedImage image, int dpi) throws IOException, TikaException, SAXException;
    }

    private final ExecutorService slots;
    private final PageReader reader;

    PageOcrPool(int slots, PageReader reader) {
        this.reader = reader;
        this.slots = Executors.newFixedThreadPool(slots, runnable -> {
            Thread thread = new Thread(runnable, "page-ocr");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The text of each page asked for, by 0-based page index in the order asked. The first page that fails
     * cancels the others and its error is thrown; an interrupted wait (the document's time is up) too.
     */
    Map<Integer, String> read(Path pdf, List<Integer> pages) throws IOException, TikaException, SAXException {
        try (Copies copies = new Copies(pdf)) {
            List<Future<String>> reads = new ArrayList<>();
            for (int page : pages) {
                reads.add(slots.submit(() -> read(copies, page)));
            }
            Map<Integer, String> texts = new LinkedHashMap<>();
            try {
                for (int i = 0; i < pages.size(); i++) {
                    texts.put(pages.get(i), reads.get(i).get());
                }
                return texts;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("OCR of " + pdf.getFileName() + " was interrupted");
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            } finally {
                reads.forEach(read -> read.cancel(true));
            }
        }
    }

    private String read(Copies copies, int page) throws IOException, TikaException, SAXException {
        PDDocument document = copies.take();
        BufferedImage image;
        int dpi;
        try {
            dpi = ScanResolution.of(document.getPage(page));
            // Grey, as Tika renders for OCR: Tesseract reads grey levels and a third of the bytes of colour.
            image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
        } finally {
            copies.give(document);
        }
        return reader.read(page, image, dpi);
    }

    /** A failed page's error as the caller's own kinds, so a full disk and a damaged page stay what they are. */
    private static IOException rethrow(Throwable cause) throws TikaException, SAXException {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof TikaException tika) {
            throw tika;
        }
        if (cause instanceof SAXException sax) {
            throw sax;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    @Override
    public void close() {
        slots.shutdownNow();
    }

    /** The copies of one document the slots render from: at most one per slot, all closed at the end. */
    private static final class Copies implements AutoCloseable {
        private final Path pdf;
        private final ConcurrentLinkedQueue<PDDocument> idle = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<PDDocument> opened = new ConcurrentLinkedQueue<>();
        /** Set when the document is done with; a page cancelled after it opens no copy that nobody closes. */
        private volatile boolean closed;

        Copies(Path pdf) {
            this.pdf = pdf;
        }

        PDDocument take() throws IOException {
            PDDocument document = idle.poll();
            if (document == null) {
                if (closed) {
                    throw new InterruptedIOException("the document's OCR has ended");
                }
                document = Loader.loadPDF(pdf.toFile());
                opened.add(document);
                if (closed) {
                    // Closed while this copy opened: close() may have missed it.
                    document.close();
                    throw new InterruptedIOException("the document's OCR has ended");
                }
            }
            return document;
        }

        void give(PDDocument document) {
            idle.add(document);
        }

        @Override
        public void close() {
            closed = true;
            for (PDDocument document : opened) {
                try {
                    document.close();
                } catch (IOException e) {
                    // a read-only copy: nothing to lose
                }
            }
        }
    }
}
