package org.acervo.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns text-PDF pages into what a desk scanner returns: a grayscale raster, slightly rotated, with
 * light sensor noise and a few specks of dust; then stores it as an image-only PDF, a PNG or a TIFF.
 *
 * <p>The noise is kept light on purpose: OCR must still read every identifier correctly.
 */
final class ScanSimulator {

    /**
     * How a page is scanned.
     *
     * @param whitePoint gray level from which a pixel becomes pure white, as a scanner's automatic
     *                   levels do; 256 keeps the noisy paper (lossless formats grow a lot with it)
     */
    record Settings(int dpi, double angleDegrees, double noiseSigma, int specks, int whitePoint) {}

    /** Below this gray level a pixel turns black; high enough to keep thin strokes such as slashes. */
    static final int BILEVEL_THRESHOLD = 175;

    private final Random random;

    ScanSimulator(Random random) {
        this.random = random;
    }

    /** Renders every page of {@code textPdf} and scans it. */
    BufferedImage[] scanAll(PDDocument textPdf, Settings settings) throws IOException {
        PDFRenderer renderer = new PDFRenderer(textPdf);
        BufferedImage[] pages = new BufferedImage[textPdf.getNumberOfPages()];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = scan(renderer.renderImageWithDPI(i, settings.dpi(), ImageType.GRAY), settings);
        }
        return pages;
    }

    private BufferedImage scan(BufferedImage clean, Settings s) {
        int w = clean.getWidth();
        int h = clean.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        // a small sheet shift as well as the skew, as a feeder does
        g.translate(random.nextInt(9) - 4, random.nextInt(9) - 4);
        g.rotate(Math.toRadians(s.angleDegrees()), w / 2.0, h / 2.0);
        g.drawImage(clean, 0, 0, null);
        g.dispose();

        WritableRaster r = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                // paper is never pure white, toner never pure black
                double v = 12 + row[x] * (236.0 / 255.0) + random.nextGaussian() * s.noiseSigma();
                row[x] = v >= s.whitePoint() ? 255 : (int) Math.max(0, Math.min(255, Math.round(v)));
            }
            r.setPixels(0, y, w, 1, row);
        }
        for (int i = 0; i < s.specks(); i++) {
            int cx = random.nextInt(w);
            int cy = random.nextInt(h);
            int radius = 1 + random.nextInt(2);
            int shade = 60 + random.nextInt(120);
            for (int dy = -radius; dy <= radius; dy++) {
                for (int dx = -radius; dx <= radius; dx++) {
                    int x = cx + dx;
                    int y = cy + dy;
                    if (x >= 0 && y >= 0 && x < w && y < h && dx * dx + dy * dy <= radius * radius) {
                        r.setSample(x, y, 0, Math.min(r.getSample(x, y, 0), shade));
                    }
                }
            }
        }
        return out;
    }

    /** A black-and-white copy, as fax-mode scanners and CCITT Group 4 store pages. */
    static BufferedImage bilevel(BufferedImage gray, int threshold) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster src = gray.getRaster();
        WritableRaster dst = out.getRaster();
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                dst.setSample(x, y, 0, src.getSample(x, y, 0) < threshold ? 0 : 1);
            }
        }
        return out;
    }

    /** An image-only PDF, one full-page image per page: JPEG for grayscale, CCITT G4 for bilevel. */
    static byte[] imagePdf(BufferedImage[] pages, int dpi, boolean asBilevel) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setProducer("Acervo SampleCorpusGenerator (simulated scan)");
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(TextPdfWriter.PAGE);
                doc.addPage(page);
                PDImageXObject xobject = asBilevel
                        ? CCITTFactory.createFromImage(doc, bilevel(image, BILEVEL_THRESHOLD))
                        : JPEGFactory.createFromImage(doc, image, 0.6f, dpi);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(
                            xobject,
                            0,
                            0,
                            page.getMediaBox().getWidth(),
                            page.getMediaBox().getHeight());
                }
            }
            return TextPdfWriter.save(doc);
        }
    }

    /** A grayscale PNG carrying its resolution (pHYs), so OCR knows the scale. */
    static byte[] png(BufferedImage image, int dpi) throws IOException {
        return write(image, "png", dpi, null);
    }

    /** A bilevel TIFF compressed with CCITT T.6 (Group 4), the usual archive scan format. */
    static byte[] tiff(BufferedImage image, int dpi) throws IOException {
        return write(bilevel(image, BILEVEL_THRESHOLD), "tiff", dpi, "CCITT T.6");
    }

    private static byte[] write(BufferedImage image, String format, int dpi, String compression) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (compression != null) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        setDpi(metadata, dpi);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void setDpi(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        if (metadata.getNativeMetadataFormatName().equals("javax_imageio_png_1.0")) {
            // the JDK's PNG writer misreads the standard tree's pixel size, so pHYs is set natively
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            return;
        }
        String mmPerPixel = Double.toString(25.4 / dpi);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", mmPerPixel);
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", mmPerPixel);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
    }
}
