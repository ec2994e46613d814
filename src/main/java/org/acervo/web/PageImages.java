package org.acervo.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The image of each page of a document, shown beside its text: a PDF's pages drawn by PDFBox at screen
 * resolution, a JPEG or PNG as it is, the frames of a TIFF (or a GIF, a BMP) as PNG. Drawn images are
 * kept in the data directory ({@code pages/<sha256>/<n>.png}, or {@code .jpg} for a scan a JPEG holds in
 * less than half the bytes), so a page is drawn once.
 *
 * <p>Only for documents the index holds as indexed, and only while a file it lists still has the
 * indexed content ({@link Originals}): the cache is never served on its own. Documents with text and no
 * picture of their pages (Word, plain text) have none.
 */
@Component
class PageImages {

    /** Screen resolution: an A4 page is 827 × 1169 pixels, legible beside its text. */
    static final float DPI = 100;
    /** The longest side of a drawn image: a plan or a poster is drawn smaller rather than huge. */
    static final int MAX_SIDE = 1700;
    /** A drawn page's PNG up to this size is kept as PNG; a larger one is tried as JPEG too. */
    static final int PNG_ENOUGH = 150_000;

    /** An image's size in pixels, for the page's {@code width} and {@code height} attributes. */
    record Size(int width, int height) {}

    /** An image ready to send. */
    record Image(Path file, MediaType type) {}

    /** How a document's pages become images. */
    enum Kind {
        /** drawn by PDFBox */
        PDF,
        /** a JPEG or a PNG: one page, sent as it is */
        AS_IS,
        /** read by ImageIO (TIFF frames, GIF, BMP) and sent as PNG */
        CONVERTED,
        /** no picture of its pages */
        NONE
    }

    private final Path cache;
    private final Originals originals;
    /** Drawing takes a core and tens of megabytes: the images of one long document wait their turn. */
    private final Semaphore drawing =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    private final Map<String, List<Size>> sizes = new ConcurrentHashMap<>();

    PageImages(@Value("${acervo.data}") String dataDir, Originals originals) {
        this.cache = Path.of(dataDir).resolve("pages");
        this.originals = originals;
    }

    static Kind kind(ArchiveDocument entry) {
        String type = entry.mediaType() == null ? "" : entry.mediaType().toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        return switch (type) {
            case "application/pdf" -> Kind.PDF;
            case "image/jpeg", "image/png" -> Kind.AS_IS;
            case "image/tiff", "image/gif", "image/bmp", "image/x-ms-bmp" -> Kind.CONVERTED;
            default -> Kind.NONE;
        };
    }

    /**
     * The size of each page's image, in page order; empty when the document has none to show (failed,
     * text only, or its file moved or changed since it was indexed).
     */
    List<Size> sizes(ArchiveDocument entry) {
        if (entry.status() != DocumentStatus.INDEXED || kind(entry) == Kind.NONE) {
            return List.of();
        }
        Optional<Path> file = originals.find(entry);
        if (file.isEmpty()) {
            return List.of();
        }
        try {
            return sizes(entry, file.get());
        } catch (IOException | RuntimeException e) {
            return List.of(); // PDFBox or ImageIO cannot read it: the text alone
        }
    }

    /** The image of page {@code page} (1-based); NoSuchElementException when there is none to serve. */
    Image image(ArchiveDocument entry, int page) throws IOException {
        Kind kind = kind(entry);
        Path file = entry.status() == DocumentStatus.INDEXED && kind != Kind.NONE
                ? originals.find(entry).orElse(null)
                : null;
        if (file == null) {
            throw new NoSuchElementException("no image");
        }
        List<Size> all = sizes(entry, file);
        if (page < 1 || page > all.size()) {
            throw new NoSuchElementException("no page " + page);
        }
        if (kind == Kind.AS_IS) {
            return new Image(file, MediaType.parseMediaType(entry.mediaType()));
        }
        Path dir = cache.resolve(entry.sha256());
        Image kept = kept(dir, page);
        if (kept == null) {
            drawing.acquireUninterruptibly();
            try {
                kept = kept(dir, page);
                if (kept == null) {
                    BufferedImage image = kind == Kind.PDF ? drawPdfPage(file, page - 1) : readFrame(file, page - 1);
                    byte[] png = encode(image, "png");
                    byte[] jpeg = png.length > PNG_ENOUGH ? jpeg(image) : null;
                    // A scan with grey and colour (stamps, signatures, paper) is smaller as a JPEG; text stays PNG.
                    boolean photo = jpeg != null && jpeg.length < png.length / 2;
                    Path target = dir.resolve(page + (photo ? ".jpg" : ".png"));
                    writeAtomically(target, out -> out.write(photo ? jpeg : png));
                    kept = new Image(target, photo ? MediaType.IMAGE_JPEG : MediaType.IMAGE_PNG);
                }
            } finally {
                drawing.release();
            }
        }
        return kept;
    }

    /** The image drawn before for this page, or null. */
    private static Image kept(Path dir, int page) {
        Path png = dir.resolve(page + ".png");
        if (Files.isRegularFile(png)) {
            return new Image(png, MediaType.IMAGE_PNG);
        }
        Path jpeg = dir.resolve(page + ".jpg");
        return Files.isRegularFile(jpeg) ? new Image(jpeg, MediaType.IMAGE_JPEG) : null;
    }

    /** The image as JPEG, or null when it has what a JPEG cannot hold (transparency, an odd colour model). */
    private static byte[] jpeg(BufferedImage image) {
        try {
            return image.getColorModel().hasAlpha() ? null : encode(image, "jpeg");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no " + format + " writer for this image");
        }
        return out.toByteArray();
    }

    private List<Size> sizes(ArchiveDocument entry, Path file) throws IOException {
        List<Size> known = sizes.get(entry.sha256());
        if (known != null) {
            return known;
        }
        Path stored = cache.resolve(entry.sha256()).resolve("sizes.txt");
        List<Size> found;
        if (Files.isRegularFile(stored)) {
            found = Files.readAllLines(stored, StandardCharsets.UTF_8).stream()
                    .map(line -> line.split(" "))
                    .map(wh -> new Size(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])))
                    .toList();
        } else {
            found = kind(entry) == Kind.PDF ? pdfSizes(file) : imageSizes(file, kind(entry) == Kind.CONVERTED);
            StringBuilder text = new StringBuilder();
            found.forEach(
                    s -> text.append(s.width()).append(' ').append(s.height()).append('\n'));
            writeAtomically(stored, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        sizes.put(entry.sha256(), found);
        return found;
    }

    /** The scale a page is drawn at: {@link #DPI}, less for a page that would exceed {@link #MAX_SIDE}. */
    private static float scale(PDPage page) {
        PDRectangle box = page.getCropBox();
        float longest = Math.max(box.getWidth(), box.getHeight());
        return Math.min(DPI / 72f, MAX_SIDE / Math.max(longest, 1f));
    }

    private static List<Size> pdfSizes(Path pdf) throws IOException {
        List<Size> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                float scale = scale(page);
                PDRectangle box = page.getCropBox();
                // As PDFRenderer computes it, sides swapped for a page turned a quarter.
                int width = (int) Math.max(Math.floor(box.getWidth() * scale), 1);
                int height = (int) Math.max(Math.floor(box.getHeight() * scale), 1);
                boolean turned = page.getRotation() % 180 != 0;
                found.add(turned ? new Size(height, width) : new Size(width, height));
            }
        }
        return List.copyOf(found);
    }

    private static BufferedImage drawPdfPage(Path pdf, int index) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            // A 300-dpi scan drawn at 100 dpi: PDFBox may read every third pixel instead of all of them.
            renderer.setSubsamplingAllowed(true);
            return renderer.renderImage(index, scale(document.getPage(index)), ImageType.RGB);
        }
    }

    private static List<Size> imageSizes(Path file, boolean scaled) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in);
            try {
                int frames = scaled ? reader.getNumImages(true) : 1;
                List<Size> found = new ArrayList<>();
                for (int i = 0; i < frames; i++) {
                    Size size = new Size(reader.getWidth(i), reader.getHeight(i));
                    found.add(scaled ? fitted(size) : size);
                }
                return List.copyOf(found);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage readFrame(Path file, int index) throws IOException {
        BufferedImage frame;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in);
            try {
                frame = reader.read(index);
            } finally {
                reader.dispose();
            }
        }
        Size size = fitted(new Size(frame.getWidth(), frame.getHeight()));
        boolean plain = switch (frame.getType()) {
            case BufferedImage.TYPE_INT_RGB,
                    BufferedImage.TYPE_3BYTE_BGR,
                    BufferedImage.TYPE_BYTE_GRAY,
                    BufferedImage.TYPE_BYTE_BINARY -> true;
            default -> false; // CMYK, 16 bits, alpha: drawn again in RGB, which PNG and JPEG both take
        };
        if (plain && size.width() == frame.getWidth() && size.height() == frame.getHeight()) {
            return frame;
        }
        BufferedImage smaller = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(
                    frame.getScaledInstance(size.width(), size.height(), java.awt.Image.SCALE_AREA_AVERAGING),
                    0,
                    0,
                    null);
        } finally {
            g.dispose();
        }
        return smaller;
    }

    /** A scan's size brought within {@link #MAX_SIDE}, its proportions kept. */
    private static Size fitted(Size size) {
        int longest = Math.max(size.width(), size.height());
        if (longest <= MAX_SIDE) {
            return size;
        }
        double scale = (double) MAX_SIDE / longest;
        return new Size(Math.max(1, (int) Math.round(size.width() * scale)), Math.max(1, (int)
                Math.round(size.height() * scale)));
    }

    private static ImageReader reader(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new IOException("unreadable image");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("no reader for this image");
        }
        ImageReader reader = readers.next();
        reader.setInput(in);
        return reader;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Written beside, then moved into place: a reader never sees half a file, even after a crash. */
    private static void writeAtomically(Path target, Writing writing) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writing.to(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
