package org.acervo.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Exports carry the archive's text, not formulas or markup into the user's tools. */
class TableFormatTest {

    private static final Table HOSTILE = new Table(
            "index",
            "Índice",
            List.of("identifier", "first mention"),
            List.of(
                    List.of("INE/UNICOM/4547/2021", "=HYPERLINK(\"http://x\",\"y\")"),
                    List.of("IEPC/SE/2119/2021", "+1+2"),
                    List.of("IEPC/UTC/21/104", "-2+3"),
                    List.of("IEPC/CG139/2021", "@SUM(A1)"),
                    List.of("INE/CG59/2017", "\tcmd"),
                    List.of("INE/CG60/2017", "<script>alert(1)</script> | x")),
            List.of("a", "b", "c", "d", "e", "f"));

    private static String write(TableFormat format) throws Exception {
        StringWriter out = new StringWriter();
        format.write(HOSTILE, out);
        return out.toString();
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunStartWithAnApostrophe() throws Exception {
        String csv = write(TableFormat.CSV);
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tcmd")
                .doesNotContain(",=", ",+1", ",-2", ",@");
        assertThat(csv).contains("INE/UNICOM/4547/2021");
    }

    @Test
    void markdownShowsMarkupAsText() throws Exception {
        String md = write(TableFormat.MD);
        assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| x").doesNotContain("<script>");
    }

    private static final Table DATED = new Table(
            "index",
            "Índice",
            List.of("identifier", "date", "mentions", "first mention"),
            List.of(
                    List.of("INE/UNICOM/4547/2021", "2021-10-20", "3", "Se formulan observaciones sobre la Comisión"),
                    List.of("IEPC/SE/2119/2021", "2021-10", "1", "Acuerdo"),
                    List.of("IEPC/CG139/2021", "", "12", "")),
            List.of("a", "b", "c"));

    @Test
    void csvFilesStartWithAByteOrderMarkSoExcelReadsTheAccents() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TableFormat.CSV.write(DATED, bytes);
        byte[] csv = bytes.toByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .startsWith("identifier,date,mentions,first mention")
                .contains("Comisión");
        // The console gets no mark: a script piping it would read it as part of the first key.
        assertThat(write(TableFormat.CSV)).startsWith("identifier,");
    }

    @Test
    void xlsxHasAnAutofilterAFrozenHeaderColumnWidthsAndRealDateCells() throws Exception {
        Map<String, String> parts = unzip(xlsx(DATED));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<autoFilter ref=\"A1:D4\"", "ySplit=\"1", "state=\"frozen\"", "topLeftCell=\"A2\"");
        List<String> widths = all(Pattern.compile("<col [^>]*width=\"([0-9.]+)\""), sheet);
        assertThat(widths).hasSize(4);
        assertThat(Double.parseDouble(widths.get(3)))
                .as("the quoted sentence's column is the widest")
                .isGreaterThan(Double.parseDouble(widths.get(2)));
        // 2021-10-20 is Excel's day 44489, in a cell whose style is a date format; 2021-10 stays text.
        Matcher date = Pattern.compile("<c r=\"B2\"[^>]* s=\"(\\d+)\"[^>]*><v>44489(\\.0)?</v>")
                .matcher(sheet);
        assertThat(date.find()).as(sheet).isTrue();
        String styles = parts.get("xl/styles.xml");
        assertThat(styles).contains("formatCode=\"yyyy-mm-dd\"");
        List<String> xfs =
                all(Pattern.compile("<xf [^>]*numFmtId=\"(\\d+)\""), styles.substring(styles.indexOf("<cellXfs")));
        String dateFormat = all(Pattern.compile("numFmtId=\"(\\d+)\" formatCode=\"yyyy-mm-dd\""), styles)
                .get(0);
        assertThat(xfs.get(Integer.parseInt(date.group(1)))).isEqualTo(dateFormat);
        assertThat(sheet).as("a partial date stays text").containsPattern("<c r=\"B3\" t=\"s\"");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("<t>2021-10</t>");
        assertThat(sheet).containsPattern("<c r=\"C4\"[^>]*><v>12(\\.0)?</v>");
    }

    @Test
    void aFiveThousandRowWorkbookIsWrittenQuickly() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(List.of(
                    "IEPC/SE/" + i + "/2021",
                    "2021-10-" + String.format("%02d", 1 + i % 28),
                    String.valueOf(i % 9),
                    "Por este medio se da respuesta al oficio número " + i + " sobre la Comisión Temporal."));
            ids.add("d" + i);
        }
        Table big = new Table("index", "Índice", DATED.header(), rows, ids);
        long start = System.nanoTime();
        byte[] book = xlsx(big);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // A second one, POI's classes loaded: what a server that already exported once pays.
        long again = System.nanoTime();
        xlsx(big);
        System.out.printf(
                "5000-row xlsx: %d ms (then %d ms), %d bytes%n",
                millis, (System.nanoTime() - again) / 1_000_000, book.length);
        assertThat(unzip(book).get("xl/worksheets/sheet1.xml")).contains("<autoFilter ref=\"A1:D5001\"");
        assertThat(millis).as("on a loaded machine too").isLessThan(60_000);
    }

    private static byte[] xlsx(Table table) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TableFormat.XLSX.write(table, bytes);
        return bytes.toByteArray();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
