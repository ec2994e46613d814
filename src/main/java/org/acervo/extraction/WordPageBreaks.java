package org.acervo.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
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

    /** WordprocessingML's namespace (transitional, the one Word writes and POI reads). */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String RELATIONSHIPS = "_rels/.rels";
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    private WordPageBreaks() {}

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
        TempFiles.delete(copy);
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
                    marks = new WordPageMarker(input().createXMLEventReader(in), out).copy();
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
            XMLEventReader reader = input().createXMLEventReader(in);
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartElement()
                        && "Relationship"
                                .equals(event.asStartElement().getName().getLocalPart())) {
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

    /** A reader factory per file: StAX promises no thread safety, and documents are read in parallel. */
    private static XMLInputFactory input() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A document part never needs a DTD; refusing them keeps entity tricks out.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
