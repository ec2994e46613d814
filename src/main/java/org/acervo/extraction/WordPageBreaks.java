package org.acervo.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks where the pages of a Word (DOCX) file begin, so that its text can be cited by page.
 *
 * <p>Tika's OOXML parser ({@code XWPFWordExtractorDecorator.processRun}, through POI's
 * {@code XWPFRun.text()}) writes a hard page break as a plain newline and drops the page breaks Word
 * saved from its last layout, so a DOCX came out as one page. This writes a copy of the file whose
 * main part carries {@link PageTextHandler#PAGE_BREAK} as text where a page begins; Tika reads the copy
 * as it would the original, and {@link PageTextHandler} splits there. A page begins at
 * <ul>
 * <li>a hard page break ({@code <w:br w:type="page"/>});</li>
 * <li>a paragraph with {@code <w:pageBreakBefore/>}, or after a section break that starts a new page;</li>
 * <li>a rendered break ({@code <w:lastRenderedPageBreak/>}), except right after one of the above with
 *     no text between: Word writes one there for the same page, which must not count twice.</li>
 * </ul>
 * Text boxes are left alone (they float on a page). A page break that comes only from a paragraph
 * style is not seen, nor are pages Word never laid out (a file written by a program, not saved by Word).
 */
final class WordPageBreaks {

    private static final Logger log = LoggerFactory.getLogger(WordPageBreaks.class);

    /** Word documents whose main part is WordprocessingML. */
    static final Set<String> TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12");

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELATIONSHIPS = "_rels/.rels";
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    static {
        // A document part never needs a DTD; refusing them keeps entity tricks out.
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private WordPageBreaks() {
    }

    /**
     * A temporary copy of the file with its page starts marked, or null when it has none or cannot be
     * read this way: then the original is parsed as before (a damaged file gets Tika's own repair).
     * The copy belongs to the caller.
     */
    static Path markedCopy(Path docx) {
        Path copy = null;
        try {
            copy = Files.createTempFile("acervo-pages-", ".docx");
            if (mark(docx, copy)) {
                return copy;
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            log.debug("Page breaks of {} not marked: {}", docx, e.toString());
        }
        delete(copy);
        return null;
    }

    /** Writes the marked copy; false when no page start was found. */
    static boolean mark(Path docx, Path copy) throws IOException, XMLStreamException {
        try (ZipFile zip = ZipFile.builder().setPath(docx).get()) {
            String main = mainPart(zip);
            ZipArchiveEntry entry = main == null ? null : zip.getEntry(main);
            if (entry == null) {
                return false;
            }
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(copy)) {
                // Everything else is copied compressed as it is: images need not be inflated and deflated again.
                zip.copyRawEntries(out, other -> !other.getName().equals(main));
                out.putArchiveEntry(new ZipArchiveEntry(main));
                int marks;
                try (InputStream in = zip.getInputStream(entry)) {
                    marks = new Marker(in, out).copy();
                }
                out.closeArchiveEntry();
                return marks > 0;
            }
        }
    }

    /** The main document part named by the package relationships (almost always word/document.xml). */
    private static String mainPart(ZipFile zip) throws IOException, XMLStreamException {
        ZipArchiveEntry rels = zip.getEntry(RELATIONSHIPS);
        if (rels == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(rels)) {
            XMLEventReader reader = INPUT.createXMLEventReader(in);
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartElement() && "Relationship".equals(event.asStartElement().getName().getLocalPart())) {
                    String type = value(event.asStartElement(), "Type");
                    String target = value(event.asStartElement(), "Target");
                    if (type != null && type.endsWith(OFFICE_DOCUMENT) && target != null) {
                        return target.startsWith("/") ? target.substring(1) : target;
                    }
                }
            }
        }
        return null;
    }

    private static String value(StartElement element, String name) {
        Attribute attribute = element.getAttributeByName(new QName(name));
        return attribute == null ? null : attribute.getValue();
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }

    /** Copies the main part event by event, writing a mark where a page begins. */
    private static final class Marker {

        private final XMLEventReader reader;
        private final XMLEventWriter writer;
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

        Marker(InputStream in, OutputStream out) throws XMLStreamException {
            this.reader = INPUT.createXMLEventReader(in);
            this.writer = OUTPUT.createXMLEventWriter(out, "UTF-8");
        }

        /** Copies everything and returns how many pages were marked. */
        int copy() throws XMLStreamException {
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartDocument()) {
                    // The copy is written in UTF-8 whatever the original declared.
                    writer.add(EVENTS.createStartDocument("UTF-8", "1.0", true));
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
            String name = W.equals(element.getName().getNamespaceURI()) ? element.getName().getLocalPart() : "";
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
                default -> {
                }
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
                default -> {
                }
            }
        }

        /** A run of its own holding the mark, for a paragraph that begins a page. */
        private void markParagraph() throws XMLStreamException {
            if (paragraphStartsPage) {
                paragraphStartsPage = false;
                if (!noTextYet) {
                    writer.add(EVENTS.createStartElement(prefix, W, "r"));
                    markInRun();
                    writer.add(EVENTS.createEndElement(prefix, W, "r"));
                }
            }
        }

        /** The mark as text inside the current run, right where the break is. */
        private void markInRun() throws XMLStreamException {
            writer.add(EVENTS.createStartElement(prefix, W, "t"));
            writer.add(EVENTS.createCharacters(PageTextHandler.PAGE_BREAK));
            writer.add(EVENTS.createEndElement(prefix, W, "t"));
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
}
