package org.acervo.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline a Java developer would write: one shared AutoDetectParser, a BodyContentHandler per
 * file, N threads; Tika's OCR defaults except the language. Prints seconds and characters.
 *
 * <p>Usage: {@code TikaLoop DIR THREADS}
 */
public final class TikaLoop {

    private TikaLoop() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = files.stream()
                .<Future<?>>map(file -> pool.submit(() -> {
                    ParseContext context = new ParseContext();
                    context.set(PDFParserConfig.class, new PDFParserConfig());
                    TesseractOCRConfig ocr = new TesseractOCRConfig();
                    ocr.setLanguage("spa");
                    context.set(TesseractOCRConfig.class, ocr);
                    BodyContentHandler handler = new BodyContentHandler(-1);
                    try (InputStream in = TikaInputStream.get(file)) {
                        parser.parse(in, handler, new Metadata(), context);
                    }
                    chars.addAndGet(handler.toString().length());
                    return null;
                }))
                .toList();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        System.out.printf(
                "tika-loop files=%d threads=%d seconds=%.2f chars=%d%n",
                files.size(), threads, (System.nanoTime() - start) / 1e9, chars.get());
    }
}
