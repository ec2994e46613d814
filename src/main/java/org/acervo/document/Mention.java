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
 *
 * <p>Its JSON, the one shape the index, {@code extract} and {@code /api/doc} write ({@code value} null for a
 * date or an identifier without a canonical form):
 * {@code {"type":"oficio","value":"INE/UNICOM/4547/2021","raw":"INE / UNICOM / 4547 / 2021","page":1,"start":10,"end":36}}
 */
public record Mention(MentionType type, String value, String raw, int page, int start, int end) {}
