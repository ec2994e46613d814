package org.acervo.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution to render a page at for OCR: that of the scanned image that fills it, within 300 to 400
 * dpi, so that a 400-dpi scan keeps its detail and a 1200-dpi one does not cost Tesseract sixteen times
 * the pixels.
 *
 * <p>The scan is the image drawn over the largest area of the page, its resolution its pixels over the
 * inches it is drawn on. A page with no image covering half of it (text, drawings, a logo) is rendered
 * at {@link #MIN_DPI}, as Tika rendered every page.
 */
final class ScanResolution extends PDFGraphicsStreamEngine {

    /**
     * Tika's own OCR resolution, and the least a page is rendered at: Tesseract read 200-dpi scans better
     * enlarged to 300 dpi than as they are (an identifier it misread, a sample's words, a real oficio's
     * relation; docs/BENCHMARKS.md), though 20 to 30 % quicker.
     */
    static final int MIN_DPI = 300;
    /** Tesseract took 1.7 times as long on a 600-dpi page as at 300 or 400 dpi, for the same words. */
    static final int MAX_DPI = 400;

    private final double pageArea;
    private double scanArea;
    private double scanDpi;

    private ScanResolution(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.pageArea = (double) box.getWidth() * box.getHeight();
    }

    /** The resolution, in dots per inch, to render this page at for OCR. */
    static int of(PDPage page) throws IOException {
        ScanResolution engine = new ScanResolution(page);
        engine.processPage(page);
        if (engine.scanArea < engine.pageArea / 2) {
            return MIN_DPI;
        }
        return (int) Math.round(Math.max(MIN_DPI, Math.min(MAX_DPI, engine.scanDpi)));
    }

    @Override
    public void drawImage(PDImage image) {
        // The image is drawn on the unit square mapped by the current matrix: its sides in points.
        Matrix matrix = getGraphicsState().getCurrentTransformationMatrix();
        double width = matrix.getScalingFactorX();
        double height = matrix.getScalingFactorY();
        if (width > 0 && height > 0 && width * height > scanArea) {
            scanArea = width * height;
            scanDpi = Math.max(image.getWidth() * 72 / width, image.getHeight() * 72 / height);
        }
    }

    // Paths, clips and shadings draw no image: nothing to measure.

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
}
