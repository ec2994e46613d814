package org.acervo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of a Tika XHTML stream page by page.
 *
 * <p>Paged formats (PDF) wrap each page in {@code <div class="page">}. Text outside any page div
 * is split at {@link #PAGE_BREAK}, which marks the page starts of a Word file ({@link WordPageBreaks})
 * and the frames of a multi-page TIFF (Tesseract's page separator); without marks it is a single
 * page. Block elements end with a newline so paragraphs do not
 * run together, which keeps sentences and identifiers apart for the recognizers. The XHTML head (the
 * file's title property and other metadata) is not page text: an IFE Word file's title can be the
 * number of the older acuerdo it was copied from.
 */
final class PageTextHandler extends DefaultHandler {

    /**
     * Where a page begins in text without page divs. Plain ASCII because it also reaches Tesseract's
     * command line, where Tika lets through only letters, digits and {@code -_./}; no document says it.
     */
    static final String PAGE_BREAK = "_acervo_page_break_";

    private static final Pattern BREAKS = Pattern.compile(Pattern.quote(PAGE_BREAK));

    private static final List<String> BLOCKS =
            List.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th");

    private final List<String> pages = new ArrayList<>();
    private final StringBuilder loose = new StringBuilder();
    private StringBuilder page;
    private int pageDepth;
    private int depth;
    /** Inside the XHTML {@code <head>}: the file's metadata (a Word file's title property), not its text. */
    private boolean inHead;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        if ("head".equals(localName)) {
            inHead = true;
        }
        if (page == null && "div".equals(localName) && "page".equals(atts.getValue("class"))) {
            page = new StringBuilder();
            pageDepth = depth;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("head".equals(localName)) {
            inHead = false;
        }
        StringBuilder text = current();
        if (BLOCKS.contains(localName) && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        if (page != null && depth == pageDepth) {
            pages.add(tidy(BREAKS.matcher(page).replaceAll("")));
            page = null;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inHead) {
            current().append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (!inHead) {
            current().append(ch, start, length);
        }
    }

    private StringBuilder current() {
        return page != null ? page : loose;
    }

    /**
     * The pages. Without page divs, the loose text is the pages, split at the marks; with them, loose
     * text (marks dropped) goes to the last page unless it is blank.
     */
    List<String> pages() {
        List<String> result = new ArrayList<>(pages);
        if (result.isEmpty()) {
            for (String part : BREAKS.split(loose, -1)) {
                result.add(tidy(part));
            }
            return result;
        }
        String rest = tidy(BREAKS.matcher(loose).replaceAll(""));
        if (!rest.isBlank()) {
            result.set(result.size() - 1, result.get(result.size() - 1) + "\n" + rest);
        }
        return result;
    }

    /** All the text as one page, page marks dropped: what Tesseract read from one page image. */
    String text() {
        return tidy(BREAKS.matcher(loose).replaceAll(""));
    }

    /**
     * Collapses runs of blank lines left by nested blocks to one blank line, keeping single newlines
     * as paragraph marks. A loop, not a regex: a regex's repeated group recursed once per blank line
     * and overflowed the stack on a DOCX or HTML file of thousands of empty paragraphs.
     */
    static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        int lineStart = 0; // where the current line began in out, to drop its spaces if it stays blank
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                if (blank) {
                    out.setLength(lineStart); // a line of spaces and tabs only counts as blank
                }
                newlines = blank ? newlines + 1 : 1;
                if (newlines <= 2) {
                    out.append('\n');
                }
                lineStart = out.length();
                blank = true;
            } else {
                out.append(c);
                if (c != ' ' && c != '\t') {
                    blank = false;
                    newlines = 0;
                }
            }
        }
        return out.toString().strip();
    }
}
