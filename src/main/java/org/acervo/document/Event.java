package org.acervo.document;

import java.util.List;

/**
 * A dated action on identifiers, from a sentence such as "El 11 de octubre de 2021 se envía el oficio X".
 *
 * @param date   ISO date ({@code YYYY-MM-DD} or {@code YYYY-MM})
 * @param action the action as a lemma: "envía", "recibe", "aprobó", "remite", "notificó", …
 * @param ids    canonical identifiers the action concerns
 * @param page   the page of the sentence
 */
public record Event(String date, String action, List<String> ids, int page) {

    public Event {
        ids = List.copyOf(ids);
    }
}
