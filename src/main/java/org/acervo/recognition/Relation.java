package org.acervo.recognition;

/**
 * A link between two identifiers stated in one sentence: {@code from} answers or cites {@code to}.
 *
 * @param from canonical identifier of the answering or citing document
 * @param to   canonical identifier answered or cited
 * @param kind "answers" or "cites"
 * @param page the page of the sentence that states it
 */
public record Relation(String from, String to, String kind, int page) {

    public static final String ANSWERS = "answers";
    public static final String CITES = "cites";
}
