package org.acervo.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Exports carry the archive's text, not formulas or markup into the user's tools. */
class TableFormatTest {

    private static final Table HOSTILE = new Table("index", "Índice", List.of("identifier", "first mention"),
            List.of(List.of("INE/UNICOM/4547/2021", "=HYPERLINK(\"http://x\",\"y\")"),
                    List.of("IEPC/SE/2119/2021", "+1+2"), List.of("IEPC/UTC/21/104", "-2+3"), List.of("IEPC/CG139/2021", "@SUM(A1)"),
                    List.of("INE/CG59/2017", "\tcmd"), List.of("INE/CG60/2017", "<script>alert(1)</script> | x")),
            List.of("a", "b", "c", "d", "e", "f"));

    private static String write(TableFormat format) throws Exception {
        StringWriter out = new StringWriter();
        format.write(HOSTILE, out);
        return out.toString();
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunStartWithAnApostrophe() throws Exception {
        String csv = write(TableFormat.CSV);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tcmd")
                .doesNotContain(",=", ",+1", ",-2", ",@");
        assertThat(csv).contains("INE/UNICOM/4547/2021");
    }

    @Test
    void markdownShowsMarkupAsText() throws Exception {
        String md = write(TableFormat.MD);
        assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| x").doesNotContain("<script>");
    }
}
