package org.acervo.recognition.identifier;

import org.acervo.document.MentionType;

/**
 * A document number found on a page, with the kind of document it refers to.
 *
 * @param identifier the canonical number
 * @param type       oficio, acuerdo or circular
 * @param start      offset of the first character in the page text
 * @param end        offset just past the last character
 */
public record FoundIdentifier(Identifier identifier, MentionType type, int start, int end) {}
