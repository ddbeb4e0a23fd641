package org.jifen.engine.pointslist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.policy.Problem;

/**
 * Lays a village's points list over its template's: a row naming a template item overrides the
 * cells it fills (an empty cell keeps the template's value, {@code 不限}/{@code none} clears a cap),
 * a row whose points cell is {@code 删除}/{@code remove} drops the item, any other row adds an item.
 * The result is one CSV in which each village row keeps its line, so errors name the village's line;
 * the template's remaining rows follow the village's last line.
 */
public final class ListOverlay {

    private static final Set<String> REMOVE = Set.of("删除", "remove");
    private static final Set<String> CLEAR = Set.of("不限", "none");
    private static final int POINTS = 2;

    private ListOverlay() {
    }

    /** The merged list, or null with problems added; {@code villageCsv} may be null (the template as it is). */
    public static String merge(String templateFile, String templateCsv, String file, String villageCsv,
            List<Problem> problems) {
        Map<String, List<String>> template = rows(templateCsv, templateFile, problems);
        if (template == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        out.add(String.join(",", PointsListReader.ENGLISH));
        if (villageCsv != null) {
            String[] lines = lines(villageCsv);
            if (!header(lines[0])) {
                problems.add(Problem.error(file, 1, 1, "表头（第一行）要写成 " + String.join(",", PointsListReader.CHINESE)
                        + "（或英文 " + String.join(",", PointsListReader.ENGLISH) + "），至少前三列"));
                return null;
            }
            int before = problems.size();
            for (int i = 1; i < lines.length; i++) {
                out.add(overlay(i + 1, lines[i], template, file, problems));
            }
            if (problems.size() > before) {
                return null;
            }
        }
        template.values().forEach(cells -> out.add(csv(cells)));
        return String.join("\n", out) + "\n";
    }

    private static String overlay(int line, String text, Map<String, List<String>> template, String file,
            List<Problem> problems) {
        if (text.isBlank()) {
            return "";
        }
        List<String> cells;
        try {
            cells = padded(Csv.cells(text));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, line, 1, e.getMessage()));
            return "";
        }
        String item = cells.get(0);
        List<String> inherited = template.remove(item);
        if (REMOVE.contains(cells.get(POINTS).toLowerCase(Locale.ROOT))) {
            if (inherited == null) {
                problems.add(Problem.error(file, line, POINTS + 1, "“" + item
                        + "”不是模板里的项目，不能删除"));
            }
            return "";
        }
        if (inherited == null) {
            return csv(cells);
        }
        List<String> merged = new ArrayList<>(inherited);
        for (int c = 1; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (CLEAR.contains(cell.toLowerCase(Locale.ROOT))) {
                merged.set(c, "");
            } else if (!cell.isEmpty()) {
                merged.set(c, cell);
            }
        }
        return csv(merged);
    }

    /** The template's rows by item, padded to every column; null when its header is not a points-list header. */
    private static Map<String, List<String>> rows(String csv, String file, List<Problem> problems) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        if (csv == null) {
            return rows;
        }
        String[] lines = lines(csv);
        if (!header(lines[0])) {
            problems.add(Problem.error(file, 1, 1, "模板的积分清单没有表头"));
            return null;
        }
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                List<String> cells = padded(Csv.cells(lines[i]));
                rows.put(cells.get(0), cells);
            }
        }
        return rows;
    }

    private static String[] lines(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines[0].startsWith("\uFEFF")) {
            lines[0] = lines[0].substring(1);
        }
        return lines;
    }

    private static boolean header(String line) {
        List<String> cells = Csv.cells(line);
        List<String> lower = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        int n = cells.size();
        return n >= 3 && n <= PointsListReader.ENGLISH.size() && (lower.equals(PointsListReader.ENGLISH.subList(0, n))
                || cells.equals(PointsListReader.CHINESE.subList(0, n)));
    }

    private static List<String> padded(List<String> cells) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < PointsListReader.ENGLISH.size()) {
            padded.add("");
        }
        return padded;
    }

    private static String csv(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add(cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return String.join(",", quoted);
    }
}
