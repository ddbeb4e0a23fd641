package org.jifen.api.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a downloaded workbook back with POI, for tests: its first sheet's name and its rows as text. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A sheet read back: numbers as whole numbers ("12"), empty cells as "". */
    public record Read(String sheet, List<List<String>> rows) {

        /** Every row joined by "|", one line each: easy to assert on. */
        public String text() {
            StringBuilder out = new StringBuilder();
            rows.forEach(r -> out.append(String.join("|", r)).append('\n'));
            return out.toString();
        }
    }

    public static Read read(byte[] xlsx) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(cells);
            }
            return new Read(sheet.getSheetName(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw new AssertionError("a formula cell at " + cell.getAddress() + ": " + cell.getCellFormula());
        }
        return cell.getStringCellValue();
    }
}
