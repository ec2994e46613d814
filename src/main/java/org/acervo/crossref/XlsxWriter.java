package org.acervo.crossref;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Table} as an Excel workbook: a bold, frozen header row with an autofilter, counts as
 * numbers, full ISO dates as real date cells (so Excel sorts and filters them by date), and column widths
 * fitted to the text. Its own class, so that POI is loaded only when a workbook is asked for: the
 * {@code xref} command's other formats start without it.
 *
 * <p>The sheet is built in memory ({@link XSSFWorkbook}): a table of the whole archive is already in
 * memory as text, and POI's streaming workbook writes a zip that Java's own {@code ZipInputStream} cannot read.
 */
final class XlsxWriter {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,15}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Widths in characters: wide enough for an identifier, narrow enough that a quoted sentence wraps off-screen. */
    private static final int MIN_WIDTH = 6;

    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {}

    static void write(Table table, OutputStream out) throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        try {
            Sheet sheet = book.createSheet(table.name());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            int columns = table.header().size();
            int[] widths = new int[columns];
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(bold);
                // The autofilter's arrow takes about two characters of the header cell.
                widths[c] = table.header().get(c).length() + 3;
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    Cell cell = row.createCell(c);
                    LocalDate day = day(value);
                    if (day != null) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (WHOLE_NUMBER.matcher(value).matches()) {
                        // Counts as numbers so a spreadsheet can sum and sort them; everything else as text.
                        cell.setCellValue(Long.parseLong(value));
                    } else {
                        cell.setCellValue(value);
                    }
                    widths[c] = Math.max(widths[c], value.length() + 1);
                }
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c])) * 256);
            }
            if (columns > 0) {
                sheet.setAutoFilter(
                        new CellRangeAddress(0, Math.max(0, table.rows().size()), 0, columns - 1));
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
        } finally {
            book.close();
        }
        out.flush();
    }

    /** A full ISO date as a day, or null: partial dates (2021-10) and anything else stay text. */
    private static LocalDate day(String value) {
        if (value.length() != 10 || !ISO_DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
