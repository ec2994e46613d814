package org.acervo.search;

import java.util.Locale;
import org.acervo.language.BadArgument;

/** How hits are ordered: best match first, or by the document's own date. */
public enum SearchOrder {
    /** Best match first. */
    RELEVANCE,
    /** Oldest document first; documents without a date last. */
    DATE,
    /** Newest document first; documents without a date last. */
    NEWEST;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code relevance}, {@code date} or {@code newest}; blank is relevance. */
    public static SearchOrder parse(String text) {
        if (text == null || text.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadArgument("error.sort", text);
        }
    }
}
