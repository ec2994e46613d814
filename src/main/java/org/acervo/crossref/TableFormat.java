package org.acervo.crossref;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.acervo.language.BadArgument;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The formats a {@link Table} exports to: CSV, Markdown, XLSX (Excel) and a standalone HTML page. */
public enum TableFormat {
    CSV("text/csv", "csv") {
        @Override
        public void write(Table table, Writer out) throws IOException {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(table.header().toArray(String[]::new))
                    .get();
            // Not closed: the writer may be the console, which outlives the table.
            CSVPrinter csv = new CSVPrinter(out, format);
            for (List<String> row : table.rows()) {
                csv.printRecord(row.stream().map(TableFormat::inert).toList());
            }
            csv.flush();
        }

        /** A file starts with UTF-8's byte-order mark: without it Excel reads the accents as Windows-1252. */
        @Override
        public void write(Table table, OutputStream out) throws IOException {
            out.write(BOM);
            super.write(table, out);
        }
    },
    MD("text/markdown", "md") {
        @Override
        public void write(Table table, Writer out) throws IOException {
            out.write("| "
                    + String.join(
                            " | ",
                            table.header().stream().map(TableFormat::mdCell).toList()) + " |\n");
            out.write("|" + "---|".repeat(table.header().size()) + "\n");
            for (List<String> row : table.rows()) {
                out.write("| "
                        + String.join(
                                " | ", row.stream().map(TableFormat::mdCell).toList()) + " |\n");
            }
            out.flush();
        }
    },
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx") {
        @Override
        public void write(Table table, OutputStream out) throws IOException {
            XlsxWriter.write(table, out);
        }

        @Override
        public void write(Table table, Writer out) {
            throw new BadArgument("error.xlsxOut");
        }
    },
    HTML("text/html", "html") {
        @Override
        public void write(Table table, Writer out) throws IOException {
            out.write("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>" + escape(table.title())
                    + "</title>\n<style>table{border-collapse:collapse;font:14px sans-serif}"
                    + "th,td{border:1px solid #bbb;padding:3px 6px;vertical-align:top}th{background:#eee}</style></head>\n<body>\n<h1>"
                    + escape(table.title()) + "</h1>\n<table>\n<thead><tr>");
            for (String h : table.header()) {
                out.write("<th>" + escape(h) + "</th>");
            }
            out.write("</tr></thead>\n<tbody>\n");
            for (List<String> row : table.rows()) {
                out.write("<tr>");
                for (String cell : row) {
                    out.write("<td>" + escape(cell) + "</td>");
                }
                out.write("</tr>\n");
            }
            out.write("</tbody>\n</table>\n</body></html>\n");
            out.flush();
        }
    };

    /** UTF-8's byte-order mark, first in a CSV file. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether the format is text that can go to the console. */
    public boolean isText() {
        return this != XLSX;
    }

    /** Writes a text format to a writer, which stays open. */
    public abstract void write(Table table, Writer out) throws IOException;

    /** Writes the table as UTF-8 (text formats; CSV after a byte-order mark) or as a workbook to a stream, which stays open. */
    public void write(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(table, writer);
        writer.flush();
    }

    /** Reads {@code csv}, {@code md}, {@code xlsx} or {@code html}. */
    public static TableFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadArgument("error.format", name);
        }
    }

    /** Markdown cells cannot hold a pipe or a line break, and show markup as text, not as HTML. */
    private static String mdCell(String text) {
        return escape(text).replace("|", "\\|").replace("\n", " ");
    }

    /**
     * A CSV cell a spreadsheet will not run: one that starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice against CSV
     * injection). Document text is the archive's, not ours: an OCR'd page may well start with "=".
     */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    /** HTML-escapes document text, so a document holding markup shows it as text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
