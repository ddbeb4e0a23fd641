package org.jifen.engine.pointslist;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-safe readers of the points list (bounded zip, no DTDs, at most 10 000
 * rows) for other tables officials keep in Excel or CSV, such as a roster of members.
 */
public final class Worksheets {

    /** A row of a sheet: its 1-based number and its cells from column A on (empty strings between). */
    public record Line(int number, List<String> cells) {
    }

    private Worksheets() {
    }

    /** The first worksheet's non-empty rows; IllegalArgumentException (English words) when it does not read. */
    public static List<Line> xlsx(byte[] workbook) {
        List<XlsxSheet.Row> rows;
        try {
            rows = XlsxSheet.read(workbook);
        } catch (XlsxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<Line> lines = new ArrayList<>(rows.size());
        for (XlsxSheet.Row row : rows) {
            List<String> cells = new ArrayList<>();
            int last = row.cells().isEmpty() ? 0 : row.cells().lastKey();
            for (int column = 1; column <= last; column++) {
                cells.add(row.cells().getOrDefault(column, "").strip());
            }
            lines.add(new Line(row.number(), List.copyOf(cells)));
        }
        return lines;
    }

    /** The cells of one CSV line (quoted cells, no line breaks in cells); IllegalArgumentException in Chinese. */
    public static List<String> csvCells(String line) {
        return Csv.cells(line);
    }
}
