package org.acervo.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DisplayPath;
import org.acervo.document.Mention;
import org.acervo.search.Highlight;

/**
 * One document prepared for its page: text page by page, cut into plain pieces and mentions so the
 * template can escape every piece and link the identifiers, each piece cut again where a search's
 * terms match, and the size of each page's image when it has one.
 *
 * @param id      the document's SHA-256
 * @param entry   the indexed document
 * @param pages   its pages
 * @param matches how many matches of the search its text shows
 */
record DocumentView(String id, ArchiveDocument entry, List<PageView> pages, int matches) {

    /** A run of text, a search's match or not. */
    record Part(String text, boolean match) {}

    /**
     * A piece of page text.
     *
     * @param text       the text as it stands in the document
     * @param type       null for plain text, else the mention's type label
     * @param identifier the canonical identifier to link to, or null
     * @param parts      the text cut where the search's terms match
     */
    record Piece(String text, String type, String identifier, List<Part> parts) {}

    /**
     * One page and its pieces.
     *
     * @param image the size of its image, or null when it has none
     */
    record PageView(int number, List<Piece> pieces, PageImages.Size image) {}

    static DocumentView of(ArchiveDocument entry) {
        return of(entry, List.of(), List.of());
    }

    /**
     * @param highlights where a search matches, sorted and not overlapping
     * @param images     the size of each page's image, in page order; fewer than pages, or none
     */
    static DocumentView of(ArchiveDocument entry, List<Highlight> highlights, List<PageImages.Size> images) {
        List<PageView> pages = new ArrayList<>();
        int matches = 0;
        for (int i = 0; i < entry.pages().size(); i++) {
            int number = i + 1;
            String text = entry.pages().get(i);
            List<Mention> mentions = entry.mentions().stream()
                    .filter(m ->
                            m.page() == number && m.start() >= 0 && m.end() <= text.length() && m.start() < m.end())
                    .sorted(Comparator.comparingInt(Mention::start))
                    .toList();
            List<Highlight> marks = highlights.stream()
                    .filter(h -> h.page() == number && h.end() <= text.length())
                    .toList();
            matches += marks.size();
            List<Piece> pieces = new ArrayList<>();
            int at = 0;
            for (Mention m : mentions) {
                if (m.start() < at) {
                    continue; // overlaps the previous mention
                }
                if (m.start() > at) {
                    pieces.add(piece(text, at, m.start(), null, null, marks));
                }
                pieces.add(piece(
                        text, m.start(), m.end(), m.type().label(), m.type().isIdentifier() ? m.value() : null, marks));
                at = m.end();
            }
            if (at < text.length()) {
                pieces.add(piece(text, at, text.length(), null, null, marks));
            }
            pages.add(new PageView(number, pieces, i < images.size() ? images.get(i) : null));
        }
        return new DocumentView(entry.sha256(), entry, pages, matches);
    }

    /** Characters {@code from} to {@code to} of the page, cut where they meet the marks. */
    private static Piece piece(String text, int from, int to, String type, String identifier, List<Highlight> marks) {
        List<Part> parts = new ArrayList<>();
        int at = from;
        for (Highlight h : marks) {
            int start = Math.max(h.start(), at);
            int end = Math.min(h.end(), to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                parts.add(new Part(text.substring(at, start), false));
            }
            parts.add(new Part(text.substring(start, end), true));
            at = end;
        }
        if (at < to) {
            parts.add(new Part(text.substring(at, to), false));
        }
        return new Piece(text.substring(from, to), type, identifier, parts);
    }

    public String path() {
        return DisplayPath.of(entry.path());
    }

    public List<String> paths() {
        return entry.paths().stream().map(DisplayPath::of).toList();
    }

    /** Whether any page has an image to show beside its text. */
    public boolean hasImages() {
        return pages.stream().anyMatch(p -> p.image() != null);
    }
}
