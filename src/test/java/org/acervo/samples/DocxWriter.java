package org.acervo.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a {@link Layout} as a Word document (POI XWPF): one paragraph per markup line, a page
 * break wherever the PDF has a new page, and the page headers kept in the body as in the PDF.
 */
final class DocxWriter {

    /** Fixed so that regenerating gives identical bytes. */
    private static final long FIXED_TIME = 1_640_995_200_000L; // 2022-01-01T00:00:00Z

    byte[] write(Layout layout, String title) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator("Acervo SampleCorpusGenerator");
            core.setCreated(Optional.of(new Date(FIXED_TIME)));
            boolean breakBefore = false;
            for (List<Layout.Line> page : layout.pages()) {
                for (Layout.Line line : page) {
                    if (line.style() == Layout.Style.GAP || line.style() == Layout.Style.BIG_GAP) {
                        continue;
                    }
                    XWPFParagraph p = doc.createParagraph();
                    if (breakBefore) {
                        p.setPageBreak(true);
                        breakBefore = false;
                    }
                    p.setSpacingAfter(line.style() == Layout.Style.PARAGRAPH ? 160 : 40);
                    XWPFRun run = p.createRun();
                    run.setFontFamily("Arial");
                    run.setFontSize(10.5);
                    switch (line.style()) {
                        case HEADER -> {
                            p.setAlignment(ParagraphAlignment.CENTER);
                            run.setBold(true);
                            run.setFontSize(9);
                        }
                        case COVER_TITLE -> {
                            p.setAlignment(ParagraphAlignment.CENTER);
                            run.setBold(true);
                            run.setFontSize(18);
                        }
                        case CENTER -> {
                            p.setAlignment(ParagraphAlignment.CENTER);
                            run.setBold(true);
                        }
                        case RIGHT -> p.setAlignment(ParagraphAlignment.RIGHT);
                        case HEADING -> {
                            run.setBold(true);
                            run.setFontSize(11);
                        }
                        case TOC -> p.setIndentationLeft(240);
                        default -> p.setAlignment(ParagraphAlignment.BOTH);
                    }
                    if (line.style() == Layout.Style.TOC) {
                        String[] parts = line.text().split("\t");
                        run.setText(parts[0].strip());
                        run.addTab();
                        run.setText(parts[parts.length - 1].strip());
                    } else {
                        run.setText(line.text());
                    }
                }
                breakBefore = true;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return withFixedEntryTimes(out.toByteArray());
        }
    }

    /** Rewrites the zip with a fixed timestamp on every entry, the only varying bytes POI leaves. */
    private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
