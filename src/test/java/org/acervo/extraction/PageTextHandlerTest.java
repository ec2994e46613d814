package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

class PageTextHandlerTest {

    private static AttributesImpl pageClass() {
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "class", "class", "CDATA", "page");
        return atts;
    }

    private static void element(PageTextHandler h, String name, AttributesImpl atts, String text) {
        h.startElement("", name, name, atts);
        h.characters(text.toCharArray(), 0, text.length());
        h.endElement("", name, name);
    }

    @Test
    void eachPageDivIsOnePage() {
        PageTextHandler handler = new PageTextHandler();
        handler.startElement("", "body", "body", new AttributesImpl());
        handler.startElement("", "div", "div", pageClass());
        element(handler, "p", new AttributesImpl(), "Portada");
        element(handler, "p", new AttributesImpl(), "04-11-2021");
        handler.endElement("", "div", "div");
        handler.startElement("", "div", "div", pageClass());
        element(handler, "p", new AttributesImpl(), "Página dos");
        handler.endElement("", "div", "div");
        handler.endElement("", "body", "body");
        assertThat(handler.pages()).containsExactly("Portada\n04-11-2021", "Página dos");
    }

    @Test
    void textWithoutPagesIsOnePage() {
        PageTextHandler handler = new PageTextHandler();
        element(handler, "p", new AttributesImpl(), "Uno");
        element(handler, "p", new AttributesImpl(), "Dos");
        assertThat(handler.pages()).containsExactly("Uno\nDos");
    }

    @Test
    void theHeadsTitleIsMetadataNotText() {
        PageTextHandler handler = new PageTextHandler();
        handler.startElement("", "html", "html", new AttributesImpl());
        handler.startElement("", "head", "head", new AttributesImpl());
        element(handler, "title", new AttributesImpl(), "CG220/2003");
        handler.endElement("", "head", "head");
        handler.startElement("", "body", "body", new AttributesImpl());
        element(handler, "p", new AttributesImpl(), "CG164/2006");
        handler.endElement("", "body", "body");
        handler.endElement("", "html", "html");
        assertThat(handler.pages()).containsExactly("CG164/2006");
    }

    @Test
    void thousandsOfEmptyParagraphsAreOneBlankLineNotAStackOverflow() {
        PageTextHandler handler = new PageTextHandler();
        element(handler, "p", new AttributesImpl(), "Oficio IEPC/SE/0001/2021");
        for (int i = 0; i < 50_000; i++) {
            element(handler, "p", new AttributesImpl(), i % 2 == 0 ? "" : " \t ");
            handler.characters("\n".toCharArray(), 0, 1);
        }
        element(handler, "p", new AttributesImpl(), "Fin");
        assertThat(handler.pages()).containsExactly("Oficio IEPC/SE/0001/2021\n\nFin");
    }

    @Test
    void marksSplitTextWithoutPageDivsAndAnEmptyPageStaysAPage() {
        // given Word's page starts marked in its paragraphs, one page left empty by two hard breaks
        PageTextHandler handler = new PageTextHandler();
        element(handler, "p", new AttributesImpl(), "Portada");
        element(handler, "p", new AttributesImpl(), "fin\n" + PageTextHandler.PAGE_BREAK);
        element(handler, "p", new AttributesImpl(), PageTextHandler.PAGE_BREAK);
        element(handler, "p", new AttributesImpl(), "Anexo");

        // when / then
        assertThat(handler.pages()).containsExactly("Portada\nfin", "", "Anexo");
    }

    @Test
    void fiveHundredTiffFramesAreFiveHundredPagesInOrder() {
        // given Tesseract's output for 500 frames, arriving in chunks that cut the separators in two
        StringBuilder ocr = new StringBuilder();
        for (int frame = 1; frame <= 500; frame++) {
            ocr.append(frame == 1 ? "" : PageTextHandler.PAGE_BREAK)
                    .append("Hoja ")
                    .append(frame)
                    .append('\n');
        }
        PageTextHandler handler = new PageTextHandler();
        AttributesImpl ocrClass = new AttributesImpl();
        ocrClass.addAttribute("", "class", "class", "CDATA", "ocr");
        handler.startElement("", "div", "div", ocrClass);
        char[] chars = ocr.toString().toCharArray();
        for (int start = 0; start < chars.length; start += 7) {
            handler.characters(chars, start, Math.min(7, chars.length - start));
        }
        handler.endElement("", "div", "div");

        // when
        var pages = handler.pages();

        // then
        assertThat(pages).hasSize(500);
        assertThat(pages.get(0)).isEqualTo("Hoja 1");
        assertThat(pages.get(499)).isEqualTo("Hoja 500");
        assertThat(pages)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 500)
                        .mapToObj(n -> "Hoja " + n)
                        .toList());
    }

    @Test
    void insidePageDivsMarksAreDroppedNotSplit() {
        // given a PDF page whose text somehow holds a mark
        PageTextHandler handler = new PageTextHandler();
        handler.startElement("", "div", "div", pageClass());
        element(handler, "p", new AttributesImpl(), "uno " + PageTextHandler.PAGE_BREAK + "dos");
        handler.endElement("", "div", "div");

        // when / then
        assertThat(handler.pages()).containsExactly("uno dos");
    }

    @Test
    void tidyKeepsParagraphMarksAndCollapsesBlankRuns() {
        assertThat(PageTextHandler.tidy("a\r\nb\n\nc\n \t\n  \n\nd\n")).isEqualTo("a\nb\n\nc\n\nd");
    }
}
