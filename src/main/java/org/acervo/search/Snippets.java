package org.acervo.search;

import java.io.IOException;
import java.util.Optional;
import org.acervo.document.Mention;
import org.acervo.index.DocRecord;
import org.acervo.index.IndexSchema;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Cuts the text around a page's matches, the matches marked (see {@link Snippet}). */
final class Snippets {

    private static final int LENGTH = 240;

    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(IndexSchema.analyzer())
            .withFormatter(new DefaultPassageFormatter(
                    String.valueOf(Snippet.START), String.valueOf(Snippet.END), "… ", false))
            .build();

    Snippet of(QueryReader.Read read, int pageNumber, String pageText, DocRecord record) throws IOException {
        // The markers cannot be in page text that comes from a document, or a match could be forged.
        String text = pageText.replace(Snippet.START, ' ').replace(Snippet.END, ' ');
        Object highlighted = highlighter.highlightWithoutSearcher(IndexSchema.TEXT, read.query(), text, 1);
        if (highlighted != null && highlighted.toString().indexOf(Snippet.START) >= 0) {
            return new Snippet(pageNumber, trim(highlighted.toString()));
        }
        // An identifier found through the keyword field only: mark the mention the recognizer found.
        Optional<Mention> mention = record.mentions().stream()
                .filter(m -> m.page() == pageNumber && read.identifiers().contains(m.value()))
                .findFirst();
        return new Snippet(pageNumber, mention.map(m -> around(text, m)).orElseGet(() -> trim(text)));
    }

    private static String around(String text, Mention m) {
        if (m.end() > text.length()) {
            return trim(text);
        }
        int from = Math.max(0, m.start() - LENGTH / 2);
        int to = Math.min(text.length(), m.end() + LENGTH / 2);
        return trim(text.substring(from, m.start())
                + Snippet.START
                + text.substring(m.start(), m.end())
                + Snippet.END
                + text.substring(m.end(), to));
    }

    /** One line, centred on the first match, about {@value #LENGTH} characters, never cutting a mark in two. */
    private static String trim(String snippet) {
        String line = snippet.replaceAll("\\s+", " ").strip();
        int mark = Math.max(0, line.indexOf(Snippet.START));
        int from = Math.max(0, mark - LENGTH / 2);
        int to = Math.min(line.length(), from + LENGTH);
        int open = line.lastIndexOf(Snippet.START, to - 1);
        if (open >= from && line.indexOf(Snippet.END, open) >= to) {
            to = Math.min(line.length(), line.indexOf(Snippet.END, open) + 1);
        }
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }
}
