package org.acervo.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.acervo.document.DisplayPath;
import org.acervo.index.IndexEntry;
import org.acervo.recognition.Mention;

/**
 * One document prepared for its page: text page by page, cut into plain pieces and mentions so the
 * template can escape every piece and link the identifiers.
 *
 * @param id    the document's SHA-256
 * @param entry the indexed document
 * @param pages its pages
 */
record DocumentView(String id, IndexEntry entry, List<PageView> pages) {

    /**
     * A piece of page text.
     *
     * @param text       the text as it stands in the document
     * @param type       null for plain text, else the mention's type label
     * @param identifier the canonical identifier to link to, or null
     */
    record Piece(String text, String type, String identifier) {
    }

    /** One page and its pieces. */
    record PageView(int number, List<Piece> pieces) {
    }

    static DocumentView of(IndexEntry entry) {
        List<PageView> pages = new ArrayList<>();
        for (int i = 0; i < entry.pages().size(); i++) {
            int number = i + 1;
            String text = entry.pages().get(i);
            List<Mention> mentions = entry.mentions().stream()
                    .filter(m -> m.page() == number && m.start() >= 0 && m.end() <= text.length() && m.start() < m.end())
                    .sorted(Comparator.comparingInt(Mention::start))
                    .toList();
            List<Piece> pieces = new ArrayList<>();
            int at = 0;
            for (Mention m : mentions) {
                if (m.start() < at) {
                    continue; // overlaps the previous mention
                }
                if (m.start() > at) {
                    pieces.add(new Piece(text.substring(at, m.start()), null, null));
                }
                pieces.add(new Piece(text.substring(m.start(), m.end()), m.type().label(),
                        m.type().isIdentifier() ? m.value() : null));
                at = m.end();
            }
            if (at < text.length()) {
                pieces.add(new Piece(text.substring(at), null, null));
            }
            pages.add(new PageView(number, pieces));
        }
        return new DocumentView(entry.sha256(), entry, pages);
    }

    public String path() {
        return DisplayPath.of(entry.path());
    }

    public List<String> paths() {
        return entry.paths().stream().map(DisplayPath::of).toList();
    }
}
