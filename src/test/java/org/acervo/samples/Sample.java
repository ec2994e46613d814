package org.acervo.samples;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One file of the sample corpus as the generator declares it: where it goes, its format, its own
 * date, the text it is made from and every identifier that text contains.
 *
 * @param file        path relative to {@code samples/}
 * @param format      how the file is stored
 * @param date        the document's own date, ISO {@code YYYY-MM-DD}; empty for broken files
 * @param text        resource name of the text under {@code textos/}; null for broken files
 * @param identifiers the identifiers in the text, in order of first appearance
 */
record Sample(String file, Format format, String date, String text, List<DeclaredId> identifiers) {

    /** The storage formats, named as in the README table. */
    enum Format {
        TEXT_PDF("text-pdf"),
        SCANNED_PDF("scanned-pdf"),
        DOCX("docx"),
        PNG("png"),
        TIFF("tiff"),
        BROKEN("broken");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }

    /** An identifier in canonical form (upper case, no spaces) with its type: oficio, acuerdo or circular. */
    record DeclaredId(String id, String type) {
        DeclaredId {
            if (!id.equals(id.toUpperCase(java.util.Locale.ROOT)) || id.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("not canonical: " + id);
            }
            if (!List.of("oficio", "acuerdo", "circular").contains(type)) {
                throw new IllegalArgumentException("unknown type: " + type);
            }
        }

        @Override
        public String toString() {
            return id + " (" + type + ")";
        }
    }

    Sample {
        identifiers = List.copyOf(identifiers);
    }

    /** This sample's row of the README table. */
    String tableRow() {
        String ids = identifiers.stream().map(DeclaredId::toString).collect(Collectors.joining(", "));
        return "| `" + file + "` | " + format.label + " | " + date + " | " + ids + " |";
    }
}
