package org.acervo.recognition;

import java.util.List;

/**
 * What the recognizers found in one document.
 *
 * @param documentDate the document's own date (cover or heading) as {@code YYYY-MM-DD}, or null
 * @param mentions     every mention in page order, then offset order
 */
public record Recognition(String documentDate, List<Mention> mentions) {
    public Recognition {
        mentions = List.copyOf(mentions);
    }
}
