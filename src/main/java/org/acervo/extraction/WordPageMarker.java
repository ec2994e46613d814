package org.acervo.extraction;

import java.io.OutputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Copies the main part of a Word file event by event, writing {@link PageTextHandler#PAGE_BREAK} as
 * text where a page begins; the rules are those listed on {@link WordPageBreaks}.
 */
final class WordPageMarker {

    private static final String W = WordPageBreaks.W;

    private final XMLEventReader reader;
    private final XMLEventWriter writer;
    private final XMLEventFactory events = XMLEventFactory.newFactory();
    private String prefix = "w";
    private int marks;
    /** Inside {@code w:txbxContent}: a text box, whose breaks are not the body's. */
    private int textBoxes;
    /** No text yet: a paragraph or rendered break here would make an empty first page Word does not show. */
    private boolean noTextYet = true;
    /** A page was just marked and no text followed: a rendered break now is that same page. */
    private boolean pageJustMarked;
    /** The paragraph being read begins a page; marked before its first run. */
    private boolean paragraphStartsPage;
    /** A section break that starts a new page ended the paragraph before. */
    private boolean nextParagraphStartsPage;
    /** Right after {@code <w:p>}, before its first child. */
    private boolean atParagraphStart;
    /** Depth of {@code w:pPr}: a tracked change nests the old properties inside the new ones. */
    private int paragraphProperties;
    /** Depth of a {@code w:sectPr} inside paragraph properties: a section break. */
    private int sectionProperties;

    private boolean sectionStartsPage;
    private boolean inPageBreak;
    private boolean inText;

    WordPageMarker(XMLEventReader reader, OutputStream out) throws XMLStreamException {
        this.reader = reader;
        this.writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
    }

    /** Copies everything and returns how many pages were marked. */
    int copy() throws XMLStreamException {
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.isStartDocument()) {
                // The copy is written in UTF-8 whatever the original declared.
                writer.add(events.createStartDocument("UTF-8", "1.0", true));
            } else if (event.isStartElement()) {
                start(event.asStartElement());
            } else if (event.isEndElement()) {
                end(event.asEndElement().getName(), event);
            } else {
                if (event.isCharacters() && inText && !event.asCharacters().isWhiteSpace()) {
                    noTextYet = false;
                    pageJustMarked = false;
                }
                writer.add(event);
            }
        }
        writer.flush();
        return marks;
    }

    private void start(StartElement element) throws XMLStreamException {
        String name = W.equals(element.getName().getNamespaceURI())
                ? element.getName().getLocalPart()
                : "";
        if (atParagraphStart) {
            atParagraphStart = false;
            if (!"pPr".equals(name)) {
                markParagraph();
            }
        }
        switch (name) {
            case "txbxContent" -> textBoxes++;
            case "p" -> {
                if (textBoxes == 0) {
                    prefix = element.getName().getPrefix();
                    atParagraphStart = true;
                    paragraphStartsPage = nextParagraphStartsPage;
                    nextParagraphStartsPage = false;
                }
            }
            case "pPr" -> paragraphProperties += textBoxes == 0 ? 1 : 0;
            case "pageBreakBefore" -> paragraphStartsPage |= paragraphProperties == 1 && isOn(element);
            case "sectPr" -> {
                if (paragraphProperties > 0 && ++sectionProperties == 1) {
                    sectionStartsPage = true; // a section without a type starts on a new page
                }
            }
            case "type" -> sectionStartsPage &= !(sectionProperties == 1 && "continuous".equals(wValue(element)));
            case "br" -> inPageBreak = textBoxes == 0 && "page".equals(wAttribute(element, "type"));
            case "t" -> inText = true;
            default -> {}
        }
        writer.add(element);
    }

    private void end(QName qName, XMLEvent event) throws XMLStreamException {
        String name = W.equals(qName.getNamespaceURI()) ? qName.getLocalPart() : "";
        if ("p".equals(name) && atParagraphStart) {
            atParagraphStart = false;
            markParagraph(); // an empty paragraph still begins its page
        }
        writer.add(event);
        switch (name) {
            case "txbxContent" -> textBoxes--;
            case "pPr" -> {
                if (textBoxes == 0 && --paragraphProperties == 0) {
                    markParagraph();
                }
            }
            case "sectPr" -> {
                if (sectionProperties > 0 && --sectionProperties == 0) {
                    nextParagraphStartsPage = sectionStartsPage;
                }
            }
            case "br" -> {
                if (inPageBreak) {
                    inPageBreak = false;
                    markInRun();
                }
            }
            case "lastRenderedPageBreak" -> {
                if (textBoxes == 0 && !pageJustMarked && !noTextYet) {
                    markInRun();
                }
                pageJustMarked = false;
            }
            case "t" -> inText = false;
            default -> {}
        }
    }

    /** A run of its own holding the mark, for a paragraph that begins a page. */
    private void markParagraph() throws XMLStreamException {
        if (paragraphStartsPage) {
            paragraphStartsPage = false;
            if (!noTextYet) {
                writer.add(events.createStartElement(prefix, W, "r"));
                markInRun();
                writer.add(events.createEndElement(prefix, W, "r"));
            }
        }
    }

    /** The mark as text inside the current run, right where the break is. */
    private void markInRun() throws XMLStreamException {
        writer.add(events.createStartElement(prefix, W, "t"));
        writer.add(events.createCharacters(PageTextHandler.PAGE_BREAK));
        writer.add(events.createEndElement(prefix, W, "t"));
        marks++;
        pageJustMarked = true;
    }

    private static boolean isOn(StartElement element) {
        String value = wValue(element);
        return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
    }

    private static String wValue(StartElement element) {
        return wAttribute(element, "val");
    }

    private static String wAttribute(StartElement element, String name) {
        Attribute attribute = element.getAttributeByName(new QName(W, name));
        return attribute == null ? null : attribute.getValue();
    }
}
