package org.jifen.engine.pointslist;

import java.util.List;
import java.util.TreeMap;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;

/**
 * A village's points list from whichever file holds it: {@code points-list.csv} (text) or
 * {@code points-list.xlsx} (an Excel workbook, kept in the bundle as base64). A village keeps one.
 */
public final class PointsListSource {

    private PointsListSource() {
    }

    /**
     * The bundle with its {@code points-list.xlsx} replaced by the same table as {@code points-list.csv},
     * line N being row N of the sheet; the bundle itself when it has no workbook. A workbook that does
     * not read (problems added, naming its cells) is left out, as is one beside a points-list.csv.
     */
    public static PolicySource canonical(PolicySource source, List<Problem> problems) {
        if (!source.files().containsKey(PolicySource.POINTS_LIST_XLSX)) {
            return source;
        }
        TreeMap<String, String> files = new TreeMap<>(source.files());
        files.remove(PolicySource.POINTS_LIST_XLSX);
        if (source.files().containsKey(PolicySource.POINTS_LIST_FILE)) {
            problems.add(Problem.error(PolicySource.POINTS_LIST_XLSX, 0, 0, "同时有 points-list.csv 和 "
                    + "points-list.xlsx 两份积分清单：一个村只留一份，请删去另一份"));
            return new PolicySource(source.villageId(), files);
        }
        byte[] workbook;
        try {
            workbook = source.bytes(PolicySource.POINTS_LIST_XLSX);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(PolicySource.POINTS_LIST_XLSX, 0, 0,
                    "保存的表格文件已损坏：请重新上传 .xlsx 文件"));
            return new PolicySource(source.villageId(), files);
        }
        String csv = XlsxPointsList.csv(PolicySource.POINTS_LIST_XLSX, workbook, problems);
        if (csv != null) {
            files.put(PolicySource.POINTS_LIST_FILE, csv);
        }
        return new PolicySource(source.villageId(), files);
    }

    /** The name of the bundle's points-list file, or null when it has none. */
    public static String fileOf(PolicySource source) {
        if (source.files().containsKey(PolicySource.POINTS_LIST_XLSX)) {
            return PolicySource.POINTS_LIST_XLSX;
        }
        return source.files().containsKey(PolicySource.POINTS_LIST_FILE) ? PolicySource.POINTS_LIST_FILE : null;
    }

    /** The bundle's points list, from either file; null when it has none or it has problems (added to {@code problems}). */
    public static PointsList parse(PolicySource source, List<Problem> problems) {
        String text = canonical(source, problems).files().get(PolicySource.POINTS_LIST_FILE);
        return text == null ? null : PointsList.parse(fileOf(source), text, problems);
    }

    /** Why {@code workbook} cannot be read as a worksheet at all (not a zip, no sheet, a DTD...), or null when it can. */
    public static String unreadable(byte[] workbook) {
        try {
            XlsxSheet.read(workbook);
            return null;
        } catch (XlsxException e) {
            return e.getMessage();
        }
    }

    /** A stored workbook (base64) as the text of its canonical CSV, for diffs; a short note when it does not read. */
    public static String readableText(String base64) {
        List<Problem> problems = new java.util.ArrayList<>();
        try {
            String csv = XlsxPointsList.csv(PolicySource.POINTS_LIST_XLSX, java.util.Base64.getMimeDecoder().decode(base64),
                    problems);
            return csv != null ? csv : "(a workbook with problems: " + problems.get(0) + ")\n";
        } catch (IllegalArgumentException e) {
            return "(not a stored workbook)\n";
        }
    }

    /** Reads an Excel workbook's first sheet as a points list; problems name the row, column and cell (C5). */
    public static PointsList parseXlsx(String file, byte[] workbook, List<Problem> problems) {
        return XlsxPointsList.parse(file, workbook, problems);
    }
}
