package org.jifen.api.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One-sheet workbooks: a few lines of title (村名, period, issuer…), a bold header row, then the rows.
 * Numbers become numeric cells; everything else is a plain text cell (never a formula, whatever it begins with).
 */
public final class Xlsx {

    private Xlsx() {
    }

    /** The workbook's bytes; {@code sheet} is made a valid sheet name (at most 31 characters, no []:*?/\). */
    public static byte[] of(String sheet, List<String> title, List<String> header, List<? extends List<?>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String name = WorkbookUtil.createSafeSheetName(sheet == null || sheet.isBlank() ? "Sheet1" : sheet).strip();
            Sheet s = book.createSheet(name);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle strong = book.createCellStyle();
            strong.setFont(bold);
            int r = 0;
            for (String line : title) {
                Cell cell = s.createRow(r++).createCell(0);
                cell.setCellValue(line);
                cell.setCellStyle(strong);
            }
            if (!title.isEmpty()) {
                r++;
            }
            Row head = s.createRow(r++);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(strong);
            }
            for (List<?> values : rows) {
                Row row = s.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    set(row.createCell(c), values.get(c));
                }
            }
            for (int c = 0; c < header.size(); c++) {
                s.setColumnWidth(c, 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
