package org.acervo.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Sets a {@link Layout} as a text PDF on Letter pages in Helvetica (WinAnsi covers Spanish).
 *
 * <p>Lines wrap only at spaces, and a spaced identifier such as {@code INE / UNICOM / 4547 / 2021}
 * is one unbreakable token, so no identifier is ever split across lines. Each layout page must fit
 * on one PDF page: overflowing is an error, so the page count is exactly the layout's.
 */
final class TextPdfWriter {

    static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN_X = 72;
    private static final float TOP = PAGE.getHeight() - 56;
    private static final float BOTTOM = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    private static final float BODY_SIZE = 10.5f;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** Builds the PDF in memory; the caller saves it (a fixed document id keeps bytes stable). */
    PDDocument write(Layout layout, String title) throws IOException {
        PDDocument doc = new PDDocument();
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setProducer("Acervo SampleCorpusGenerator");
        int number = 0;
        for (List<Layout.Line> lines : layout.pages()) {
            number++;
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                writePage(cs, lines, title, number);
            }
        }
        return doc;
    }

    static byte[] save(PDDocument doc) throws IOException {
        doc.setDocumentId(20211104L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private void writePage(PDPageContentStream cs, List<Layout.Line> lines, String title, int number)
            throws IOException {
        float y = TOP;
        boolean inHeader = false;
        for (Layout.Line line : lines) {
            if (inHeader && line.style() != Layout.Style.HEADER) {
                // a rule under the letterhead or running header
                y -= 4;
                cs.setLineWidth(0.6f);
                cs.moveTo(MARGIN_X, y);
                cs.lineTo(MARGIN_X + WIDTH, y);
                cs.stroke();
                y -= 14;
            }
            inHeader = line.style() == Layout.Style.HEADER;
            switch (line.style()) {
                case GAP -> y -= 7;
                case BIG_GAP -> y -= 110;
                case HEADER -> y = centred(cs, bold, 9, 12, line.text(), y);
                case COVER_TITLE -> y = centred(cs, bold, 18, 25, line.text(), y);
                case CENTER -> y = centred(cs, bold, 11, 15, line.text(), y);
                case RIGHT -> y = right(cs, regular, BODY_SIZE, 14, line.text(), y);
                case HEADING -> y = left(cs, bold, 11, 15, line.text(), y, WIDTH);
                case PARAGRAPH -> y = left(cs, regular, BODY_SIZE, 14, line.text(), y, WIDTH);
                case TOC -> y = toc(cs, line.text(), y);
            }
            if (y < BOTTOM) {
                throw new IllegalStateException("page " + number + " of '" + title + "' overflows: shorten it");
            }
        }
    }

    private float left(
            PDPageContentStream cs, PDType1Font font, float size, float leading, String text, float y, float width)
            throws IOException {
        for (String l : wrap(font, size, text, width)) {
            show(cs, font, size, MARGIN_X, y - size, l);
            y -= leading;
        }
        return y;
    }

    private float centred(PDPageContentStream cs, PDType1Font font, float size, float leading, String text, float y)
            throws IOException {
        for (String l : wrap(font, size, text, WIDTH)) {
            show(cs, font, size, MARGIN_X + (WIDTH - width(font, size, l)) / 2, y - size, l);
            y -= leading;
        }
        return y;
    }

    private float right(PDPageContentStream cs, PDType1Font font, float size, float leading, String text, float y)
            throws IOException {
        for (String l : wrap(font, size, text, WIDTH)) {
            show(cs, font, size, MARGIN_X + WIDTH - width(font, size, l), y - size, l);
            y -= leading;
        }
        return y;
    }

    /** A table-of-contents entry: the title wrapped on the left, its page number flush right. */
    private float toc(PDPageContentStream cs, String text, float y) throws IOException {
        int tab = text.lastIndexOf('\t');
        String entry = text.substring(0, tab).strip();
        String pageNo = text.substring(tab + 1).strip();
        List<String> wrapped = wrap(regular, BODY_SIZE, entry, WIDTH - 40);
        for (int i = 0; i < wrapped.size(); i++) {
            show(cs, regular, BODY_SIZE, MARGIN_X + 12, y - BODY_SIZE, wrapped.get(i));
            if (i == wrapped.size() - 1) {
                show(
                        cs,
                        regular,
                        BODY_SIZE,
                        MARGIN_X + WIDTH - width(regular, BODY_SIZE, pageNo),
                        y - BODY_SIZE,
                        pageNo);
            }
            y -= 14;
        }
        return y;
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static float width(PDType1Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Greedy wrap at spaces over unbreakable tokens (see {@link #tokens}). */
    static List<String> wrap(PDType1Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line.isEmpty() ? token : line + " " + token;
            if (!line.isEmpty() && width(font, size, candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(token);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Splits at spaces but glues {@code X / Y / Z} back together: a slash standing alone, or at
     * either end of a word, joins its neighbours into one token, so spaced identifiers never break.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        boolean glueNext = false;
        for (String word : text.strip().split("\\s+")) {
            boolean glue = glueNext || word.startsWith("/");
            if (glue && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + word);
            } else {
                out.add(word);
            }
            glueNext = word.endsWith("/");
        }
        return out;
    }
}
