package org.acervo.document;

/**
 * One date or identifier found in a document's text.
 *
 * @param type  what was found
 * @param value canonical value: ISO {@code YYYY-MM-DD} or {@code YYYY-MM} for a date, the canonical
 *              identifier (upper case, no spaces) otherwise
 * @param raw   the text exactly as found
 * @param page  1-based page number
 * @param start character offset of the first character in that page's text
 * @param end   character offset just past the last character in that page's text
 */
public record Mention(MentionType type, String value, String raw, int page, int start, int end) {}
