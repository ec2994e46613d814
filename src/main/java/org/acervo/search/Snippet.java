package org.acervo.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Text around a match on one page.
 *
 * <p>Matches are held between private marker characters rather than {@code **}, so text that itself
 * contains asterisks cannot be mistaken for a match; {@link #text()} gives the {@code **} form for
 * the console and JSON, {@link #parts()} the pieces a page escapes and marks up.
 *
 * @param page   1-based page number
 * @param marked the text, matches between {@link #START} and {@link #END}
 */
@JsonPropertyOrder({"page", "text"})
public record Snippet(int page, @JsonIgnore String marked) {

    static final char START = '\u0002';
    static final char END = '\u0003';

    /** A piece of snippet text, a match or not. */
    public record Part(String text, boolean match) {}

    /** The text with each match between {@code **}: what the JSON gives. */
    @JsonProperty("text")
    public String text() {
        return marked.replace(String.valueOf(START), "**").replace(String.valueOf(END), "**");
    }

    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        boolean match = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == END) {
                if (i > from) {
                    parts.add(new Part(marked.substring(from, i), match));
                }
                match = c == START;
                from = i + 1;
            }
        }
        if (from < marked.length()) {
            parts.add(new Part(marked.substring(from), match));
        }
        return parts;
    }
}
