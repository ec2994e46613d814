package org.acervo.search;

import java.time.YearMonth;
import java.util.List;
import org.acervo.language.Texts;

/**
 * Draws a {@link Timeline} as an inline SVG bar plot: per month, documents dated in it and documents
 * mentioning a date in it, side by side; each bar a link that browses those documents, with its
 * count as a tooltip.
 *
 * <p>Written by hand rather than by a template so that every piece of text goes through one escape
 * ({@link #escape}); the page inserts the result unescaped. Spans longer than
 * {@value #MAX_MONTHS} months are drawn by year, so a date mentioned decades back (a law of 1917)
 * does not shrink the archive's own months to slivers.
 */
public final class TimelinePlot {

    /** More months than this are drawn as years. */
    static final int MAX_MONTHS = 72;

    private static final int HEIGHT = 120;
    private static final int TOP = 12;
    private static final int LEFT = 34;
    private static final int BOTTOM = 34;
    private static final int WIDEST = 940;

    private TimelinePlot() {}

    /** The plot in a language's words; empty when the timeline is. */
    public static String svg(Timeline timeline, Texts texts) {
        if (timeline.isEmpty()) {
            return "";
        }
        boolean byYear = timeline.months().size() > MAX_MONTHS;
        List<Timeline.Month> bars = byYear ? timeline.years() : timeline.months();
        int peak = Math.max(
                1,
                bars.stream()
                        .mapToInt(m -> Math.max(m.documents(), m.mentioned()))
                        .max()
                        .orElse(1));
        int slot = Math.max(10, Math.min(40, (WIDEST - LEFT) / bars.size()));
        int bar = Math.max(3, (slot - 2) / 2);
        int width = LEFT + slot * bars.size() + 4;
        // Years need one row of labels under the bars, months two (the month, the year under January).
        int height = TOP + HEIGHT + (byYear ? BOTTOM - 14 : BOTTOM);

        String title = texts.get(byYear ? "timeline.title.years" : "timeline.title");
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-plot\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        // Axis: the baseline, a line at the peak and at half of it, with their counts.
        int base = TOP + HEIGHT;
        svg.append(line(LEFT, base, width - 2, base, "axis"));
        for (int value : peak > 1 ? new int[] {peak, peak / 2} : new int[] {peak}) {
            int y = base - value * HEIGHT / peak;
            svg.append(line(LEFT, y, width - 2, y, "grid"));
            svg.append(text(LEFT - 4, y + 4, "end", String.valueOf(value)));
        }
        int shownYear = -1;
        for (int i = 0; i < bars.size(); i++) {
            Timeline.Month m = bars.get(i);
            int x = LEFT + i * slot + 1;
            String when = byYear
                    ? String.valueOf(m.month().getYear())
                    : monthShort(m.month(), texts) + " " + m.month().getYear();
            String range =
                    byYear ? String.valueOf(m.month().getYear()) : m.month().toString();
            svg.append(bar(
                    x,
                    bar,
                    base,
                    m.documents(),
                    peak,
                    "documents",
                    "/?from=" + range + "&to=" + range,
                    when + ": " + texts.get("timeline.documents", m.documents())));
            svg.append(bar(
                    x + bar,
                    bar,
                    base,
                    m.mentioned(),
                    peak,
                    "mentioned",
                    "/?mentionFrom=" + range + "&mentionTo=" + range,
                    when + ": " + texts.get("timeline.mentioned", m.mentioned())));
            int centre = x + bar;
            if (byYear) {
                // Every year when there is room, else every fifth.
                if (slot >= 30 || m.month().getYear() % 5 == 0 || i == 0) {
                    svg.append(text(
                            centre,
                            base + 14,
                            "middle",
                            String.valueOf(m.month().getYear())));
                }
            } else {
                // Months by their abbreviation when there is room, else quarters; the year under January and the first
                // month.
                if (slot >= 24 || m.month().getMonthValue() % 3 == 1) {
                    svg.append(text(centre, base + 14, "middle", monthShort(m.month(), texts)));
                }
                if (m.month().getYear() != shownYear && (i == 0 || m.month().getMonthValue() == 1)) {
                    svg.append(text(
                            centre,
                            base + 28,
                            "middle",
                            String.valueOf(m.month().getYear())));
                    shownYear = m.month().getYear();
                }
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** A month's abbreviation in the language's words ({@code ene}, {@code oct}). */
    static String monthShort(YearMonth month, Texts texts) {
        return texts.get("timeline.month." + month.getMonthValue());
    }

    private static String bar(
            int x, int width, int base, int count, int peak, String series, String href, String tooltip) {
        if (count == 0) {
            return "";
        }
        int h = Math.max(2, count * HEIGHT / peak);
        return "<a href=\"" + escape(href) + "\" class=\"" + series + "\"><rect x=\"" + x + "\" y=\"" + (base - h)
                + "\" width=\"" + width + "\" height=\"" + h + "\"><title>" + escape(tooltip) + "</title></rect></a>";
    }

    private static String line(int x1, int y1, int x2, int y2, String kind) {
        return "<line class=\"" + kind + "\" x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\"/>";
    }

    private static String text(int x, int y, String anchor, String words) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(words) + "</text>";
    }

    /** Text and attribute values safe inside SVG in HTML: the five characters markup gives meaning to. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
