package org.jifen.engine.check;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.pointslist.ListRow;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;

/** Collects the findings of the static checks, placing a list row's finding on its cell (C5 for a workbook). */
final class Findings {

    static final int ITEM = 1;
    static final int TYPE = 2;
    static final int POINTS = 3;
    static final int CATEGORY = 4;
    static final int MAX_TIMES = 5;
    static final int MAX_POINTS = 6;
    static final int ROLES = 7;

    private final String listFile;
    private final boolean workbook;
    private final List<Problem> problems = new ArrayList<>();

    Findings(String listFile) {
        this.listFile = listFile;
        this.workbook = PolicySource.POINTS_LIST_XLSX.equals(listFile);
    }

    String listFile() {
        return listFile;
    }

    /** Where a row is, for messages: "points-list.csv row 5". */
    String where(ListRow row) {
        return listFile + " 第 " + row.line() + " 行";
    }

    void onRow(ListRow row, int column, Problem.Severity severity, String message) {
        String text = workbook ? "单元格 " + (char) ('A' + column - 1) + row.line() + "：" + message : message;
        problems.add(new Problem(listFile, row.line(), column, severity, text));
    }

    void onRule(String file, int line, Problem.Severity severity, String message) {
        problems.add(new Problem(file, line, 0, severity, message));
    }

    List<Problem> all() {
        return List.copyOf(problems);
    }
}
