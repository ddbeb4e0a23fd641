package org.jifen.engine.pointslist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;

/**
 * A points list kept in Excel ({@code points-list.xlsx}): the first worksheet, the same columns as the
 * CSV. Rows above the header (a title) are skipped; row N of the sheet is line N of every problem, and
 * each problem's message starts with its cell ref.
 */
final class XlsxPointsList {

    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("([A-Z]{1,3})(\\d{1,7})");

    private XlsxPointsList() {
    }

    static PointsList parse(String file, byte[] workbook, List<Problem> problems) {
        String csv = csv(file, workbook, problems);
        return csv == null ? null : PointsList.parse(PolicySource.POINTS_LIST_FILE, csv, new ArrayList<>());
    }

    /**
     * The sheet as a points-list CSV whose line N is row N of the sheet (the header on line 1), once every
     * cell reads as a points-list cell; null, with problems naming the cells added, otherwise.
     */
    static String csv(String file, byte[] workbook, List<Problem> problems) {
        List<XlsxSheet.Row> rows;
        try {
            rows = XlsxSheet.read(workbook);
        } catch (XlsxException e) {
            problems.add(problem(file, e.cell(), e.getMessage()));
            return null;
        }
        int header = headerRow(rows);
        List<String> lines = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        for (XlsxSheet.Row row : rows) {
            if (row.number() < header) {
                continue;
            }
            int line = row.number() == header ? 1 : row.number();
            while (lines.size() < line) {
                lines.add("");
            }
            lines.set(line - 1, csvLine(file, row, found));
        }
        if (rows.isEmpty()) {
            found.add(Problem.error(file, 1, 1, "单元格 A1：工作表是空的；第一行应是表头 "
                    + String.join(",", PointsListReader.CHINESE)));
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return null;
        }
        String csv = String.join("\n", lines) + "\n";
        List<Problem> csvProblems = new ArrayList<>();
        PointsList.parse(file, csv, csvProblems);
        csvProblems.forEach(p -> problems.add(withCell(p, header)));
        return csvProblems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR) ? null : csv;
    }

    /** The first row whose first cell is a header's first column (item, 项目); 1 when none is. */
    private static int headerRow(List<XlsxSheet.Row> rows) {
        for (XlsxSheet.Row row : rows.subList(0, Math.min(rows.size(), 10))) {
            String first = row.cells().getOrDefault(1, "").strip();
            if (first.toLowerCase(Locale.ROOT).equals(PointsListReader.ENGLISH.get(0))
                    || first.equals(PointsListReader.CHINESE.get(0))) {
                return row.number();
            }
        }
        return rows.isEmpty() ? 1 : rows.get(0).number();
    }

    private static String csvLine(String file, XlsxSheet.Row row, List<Problem> problems) {
        StringBuilder line = new StringBuilder();
        int last = row.cells().isEmpty() ? 0 : row.cells().lastKey();
        for (int column = 1; column <= last; column++) {
            String text = row.cells().getOrDefault(column, "");
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                problems.add(Problem.error(file, row.number(), column, "单元格 " + XlsxSheet.letters(column) + row.number()
                        + "：格子里不能换行（Alt+Enter），请写成一行"));
            }
            if (column > 1) {
                line.append(',');
            }
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }

    private static Problem withCell(Problem p, int header) {
        int row = p.line() == 1 ? header : p.line();
        String ref = p.column() > 0 ? XlsxSheet.letters(p.column()) + row : "第 " + row + " 行";
        return new Problem(p.file(), row, p.column(), p.severity(), "单元格 " + ref + "：" + p.message());
    }

    private static Problem problem(String file, String cell, String message) {
        java.util.regex.Matcher ref = cell == null ? null : CELL.matcher(cell);
        if (ref == null || !ref.matches() || ref.group(2).length() > 7) {
            return Problem.error(file, 0, 0, message);
        }
        return Problem.error(file, Integer.parseInt(ref.group(2)), XlsxSheet.column(ref.group(1)),
                "单元格 " + cell + "：" + message);
    }
}
