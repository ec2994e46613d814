package org.acervo.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sample's text split into pages of styled lines, the one form every writer (PDF, DOCX, scan) reads.
 *
 * <p>Sample texts are resource files in a small line markup, so that the wording stays readable
 * and the same words reach every format:
 * <pre>
 * ---        page break
 * ! text     page header line (letterhead or running header, small and bold)
 * ^^ text    cover title (large, bold, centred)
 * ^ text     centred bold line
 * &gt; text     right-aligned line (place and date, oficio number, subject)
 * # text     heading
 * ~          large vertical space (covers)
 * a\tb       table-of-contents line: b is set flush right
 * (blank)    paragraph gap
 * text       paragraph
 * </pre>
 */
record Layout(List<List<Line>> pages) {

    enum Style {
        HEADER,
        COVER_TITLE,
        CENTER,
        RIGHT,
        HEADING,
        PARAGRAPH,
        TOC,
        GAP,
        BIG_GAP
    }

    /** One line of the markup; {@code text} is empty for gaps. */
    record Line(Style style, String text) {}

    Layout {
        pages = pages.stream().map(List::copyOf).toList();
    }

    /** Parses the markup described in the class comment. */
    static Layout parse(String markup) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        for (String raw : markup.replace("\r", "").split("\n", -1)) {
            String line = raw.strip();
            if (line.equals("---")) {
                pages.add(trim(page));
                page = new ArrayList<>();
            } else if (line.isEmpty()) {
                add(page, new Line(Style.GAP, ""));
            } else if (line.equals("~")) {
                page.add(new Line(Style.BIG_GAP, ""));
            } else if (line.startsWith("^^ ")) {
                page.add(new Line(Style.COVER_TITLE, line.substring(3).strip()));
            } else if (line.startsWith("^ ")) {
                page.add(new Line(Style.CENTER, line.substring(2).strip()));
            } else if (line.startsWith("! ")) {
                page.add(new Line(Style.HEADER, line.substring(2).strip()));
            } else if (line.startsWith("> ")) {
                page.add(new Line(Style.RIGHT, line.substring(2).strip()));
            } else if (line.startsWith("# ")) {
                page.add(new Line(Style.HEADING, line.substring(2).strip()));
            } else if (raw.contains("\t")) {
                page.add(new Line(Style.TOC, raw.strip()));
            } else {
                page.add(new Line(Style.PARAGRAPH, line));
            }
        }
        pages.add(trim(page));
        pages.removeIf(List::isEmpty);
        return new Layout(pages);
    }

    private static final Pattern PAGE_HEADER = Pattern.compile("Unidad Técnica de Cómputo\\s*\\n\\s*"
            + "Proceso Electoral Local Ordinario 2021-2022\\s*\\n\\s*"
            + "Informe de avances\\s*\\n");

    /**
     * Lays out the seed report's plain text: the cover up to the first page-header block, then one
     * page per header block ("Unidad Técnica de Cómputo / Proceso Electoral Local Ordinario
     * 2021-2022 / Informe de avances"), exactly where the original has them.
     */
    static Layout fromSeed(String seed) {
        String text = seed.replace("\r", "");
        String[] parts = PAGE_HEADER.split(text);
        StringBuilder markup = new StringBuilder();
        // Cover: the title block up to the first blank line, then the smaller centred lines.
        String[] cover = parts[0].strip().split("\n\\s*\n");
        markup.append("~\n");
        for (String title : cover[0].split("\n")) {
            markup.append("^^ ").append(title.strip()).append('\n');
        }
        markup.append("~\n");
        for (int i = 1; i < cover.length; i++) {
            markup.append("^ ").append(cover[i].strip()).append("\n\n");
        }
        for (int p = 1; p < parts.length; p++) {
            markup.append("---\n! Unidad Técnica de Cómputo\n! Proceso Electoral Local Ordinario 2021-2022\n")
                    .append("! Informe de avances\n\n");
            for (String line : parts[p].strip().split("\n")) {
                String s = line.strip();
                if (s.isEmpty()) {
                    markup.append('\n');
                } else if (line.contains("\t")) {
                    markup.append(line.strip()).append('\n');
                } else if (looksLikeHeading(s)) {
                    markup.append("# ").append(s).append('\n');
                } else {
                    markup.append(s).append('\n');
                }
            }
        }
        return parse(markup.toString());
    }

    private static boolean looksLikeHeading(String line) {
        return line.length() < 120 && !line.endsWith(".");
    }

    /** The words of the sample, one markup line per line, pages separated by a blank line. */
    String plainText() {
        StringBuilder out = new StringBuilder();
        for (List<Line> page : pages) {
            for (Line line : page) {
                out.append(line.text().replace('\t', ' ')).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The first page's words, where a document's own date is expected. */
    String firstPageText() {
        StringBuilder out = new StringBuilder();
        for (Line line : pages.get(0)) {
            out.append(line.text()).append('\n');
        }
        return out.toString();
    }

    private static void add(List<Line> page, Line gap) {
        if (!page.isEmpty() && page.get(page.size() - 1).style() != Style.GAP) {
            page.add(gap);
        }
    }

    private static List<Line> trim(List<Line> page) {
        List<Line> out = new ArrayList<>(page);
        while (!out.isEmpty() && out.get(out.size() - 1).style() == Style.GAP) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
