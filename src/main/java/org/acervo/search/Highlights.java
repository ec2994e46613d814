package org.acervo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.Mention;
import org.acervo.index.IndexSchema;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Finds every match of a query on every page of one document, for its page to mark them: the same
 * reading of the query and the same analyzer as the search, so a match the search found (an accent
 * folded, {@code comision} for {@code comisión}, a stem) is the one marked.
 */
final class Highlights {

    /** Hands back the offsets of the matches instead of formatted text. */
    private static final PassageFormatter OFFSETS = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> spans = new ArrayList<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    spans.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
                }
            }
            return spans;
        }
    };

    // The whole page is one passage, so every match on it comes back, not only the best sentence's.
    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(IndexSchema.analyzer())
            .withFormatter(OFFSETS)
            .withBreakIterator(WholeBreakIterator::new)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0)
            .build();

    /** The matches of a read query on each page of the document, sorted, none overlapping. */
    @SuppressWarnings("unchecked")
    List<Highlight> of(QueryReader.Read read, ArchiveDocument entry) throws IOException {
        List<Highlight> found = new ArrayList<>();
        for (int i = 0; i < entry.pages().size(); i++) {
            int page = i + 1;
            String text = entry.pages().get(i);
            if (text.isEmpty()) {
                continue;
            }
            Object spans = highlighter.highlightWithoutSearcher(IndexSchema.TEXT, read.query(), text, 1);
            if (spans instanceof List<?> list) {
                for (int[] span : (List<int[]>) list) {
                    if (span[0] < span[1]) {
                        found.add(new Highlight(page, span[0], span[1]));
                    }
                }
            }
            // Identifiers found through the keyword field: the mentions the recognizer read as them.
            for (Mention m : entry.mentions()) {
                if (m.page() == page
                        && read.identifiers().contains(m.value())
                        && m.start() >= 0
                        && m.start() < m.end()
                        && m.end() <= text.length()) {
                    found.add(new Highlight(page, m.start(), m.end()));
                }
            }
        }
        return merged(found);
    }

    /** Overlapping or touching matches joined, in reading order. */
    private static List<Highlight> merged(List<Highlight> found) {
        found.sort(Comparator.comparingInt(Highlight::page).thenComparingInt(Highlight::start));
        List<Highlight> merged = new ArrayList<>();
        for (Highlight h : found) {
            Highlight last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.page() == h.page() && h.start() <= last.end()) {
                merged.set(merged.size() - 1, new Highlight(h.page(), last.start(), Math.max(last.end(), h.end())));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }
}
