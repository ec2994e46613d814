package org.acervo.crossref;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The cross-reference table's output formats. */
public enum XrefFormat {
    CSV {
        @Override
        public void write(List<XrefRow> rows, Writer out) throws IOException {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get();
            // Not closed: the writer may be the console, which outlives the table.
            CSVPrinter csv = new CSVPrinter(out, format);
            for (XrefRow r : rows) {
                csv.printRecord(r.identifier(), r.type(), r.path(), nullToEmpty(r.documentDate()), r.pageList(),
                        r.mentions(), r.firstMention());
            }
            csv.flush();
        }
    },
    MD {
        @Override
        public void write(List<XrefRow> rows, Writer out) throws IOException {
            out.write("| " + String.join(" | ", HEADER) + " |\n");
            out.write("|" + "---|".repeat(HEADER.size()) + "\n");
            for (XrefRow r : rows) {
                out.write("| " + String.join(" | ", List.of(r.identifier(), r.type(), cell(r.path()),
                        nullToEmpty(r.documentDate()), r.pageList(), String.valueOf(r.mentions()), cell(r.firstMention()))) + " |\n");
            }
            out.flush();
        }
    };

    static final List<String> HEADER = List.of("identifier", "type", "document", "date", "pages", "mentions", "first mention");

    public abstract void write(List<XrefRow> rows, Writer out) throws IOException;

    /** Markdown cells cannot hold a pipe or a line break. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public static XrefFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be csv or md, not '" + name + "'");
        }
    }

}
