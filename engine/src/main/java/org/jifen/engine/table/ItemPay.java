package org.jifen.engine.table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.facts.Evidence;

/**
 * What a points-list item pays, as its 分值 cell says: a fixed number ({@code 5}, {@code -3}); per unit
 * of the evidence's {@code quantity} ({@code 5/人次}, optionally {@code 5/人次 最多20}); or by the
 * evidence attribute {@code level} ({@code 国家50/省30/市20}). {@code points} is the fixed or unit
 * value, or the first level's; all levels have one sign.
 */
public record ItemPay(int points, String unit, int max, Map<String, Integer> levels) {

    /** The most units of quantity an item pays for. */
    public static final int MAX_UNITS = 1000;

    /** The evidence attribute a levelled item is keyed on. */
    public static final String LEVEL = "level";

    private static final Pattern FIXED = Pattern.compile("[+-]?\\d{1,6}");
    private static final Pattern PER_UNIT = Pattern.compile("([+-]?\\d{1,6})\\s*/\\s*(\\p{L}{1,8})(?:\\s*最多\\s*(\\d{1,6})\\s*分?)?");
    private static final Pattern LEVEL_PART = Pattern.compile("(\\p{L}[\\p{L}\\p{N}_]{0,19}?)\\s*([+-]?\\d{1,6})");

    public ItemPay {
        levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** A fixed number of points. */
    public static ItemPay fixed(int points) {
        return new ItemPay(points, null, 0, Map.of());
    }

    /** Reads a 分值 cell; IllegalArgumentException with a plain message when it is none of the forms. */
    public static ItemPay parse(String text) {
        String cell = text.strip();
        if (FIXED.matcher(cell).matches()) {
            return fixed(Integer.parseInt(cell.startsWith("+") ? cell.substring(1) : cell));
        }
        Matcher unit = PER_UNIT.matcher(cell);
        if (unit.matches()) {
            String number = unit.group(1);
            int points = Integer.parseInt(number.startsWith("+") ? number.substring(1) : number);
            int max = unit.group(3) == null ? 0 : Integer.parseInt(unit.group(3));
            if (max == 0 && unit.group(3) != null) {
                throw new IllegalArgumentException("分值“" + text + "”：最多后面要写大于 0 的分数");
            }
            return new ItemPay(points, unit.group(2), max, Map.of());
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String part : cell.split("[/／]", -1)) {
            Matcher level = LEVEL_PART.matcher(part.strip());
            if (!level.matches() || levels.put(level.group(1), Integer.parseInt(level.group(2).replace("+", ""))) != null) {
                throw new IllegalArgumentException(cell.contains("/") || cell.contains("／")
                        ? "分值写法不对：按数量计分写成 5/人次（可加 最多20），按级别计分写成 国家50/省30/市20（级别各不相同），"
                                + "这里写的是“" + text + "”"
                        : "分值要写整数（阿拉伯数字，如 2 或 -5），这里写的是“" + text + "”");
            }
        }
        int sign = Integer.signum(levels.values().iterator().next());
        if (levels.values().stream().anyMatch(v -> Integer.signum(v) != sign || v == 0)) {
            throw new IllegalArgumentException("分值“" + text + "”：各级别的分数要同为正数（加分）或同为负数（扣分），不能是 0");
        }
        return new ItemPay(levels.values().iterator().next(), null, 0, levels);
    }

    public boolean perUnit() {
        return unit != null;
    }

    public boolean byLevel() {
        return !levels.isEmpty();
    }

    /** The signed points this evidence earns; 0 when its quantity is not positive or its level is not listed. */
    public int amount(Evidence evidence) {
        if (perUnit()) {
            if (evidence.quantity() <= 0) {
                return 0;
            }
            int total = Math.abs(points) * Math.min(evidence.quantity(), MAX_UNITS);
            int capped = max > 0 ? Math.min(total, max) : total;
            return points < 0 ? -capped : capped;
        }
        if (byLevel()) {
            String level = evidence.attr(LEVEL);
            return level == null ? 0 : levels.getOrDefault(level, 0);
        }
        return points;
    }

    /** The cell as written back: {@code 5}, {@code 5/人次 最多20}, {@code 国家50/省30}. */
    @Override
    public String toString() {
        if (perUnit()) {
            return points + "/" + unit + (max > 0 ? " 最多" + max : "");
        }
        if (byLevel()) {
            StringBuilder out = new StringBuilder();
            levels.forEach((k, v) -> out.append(out.isEmpty() ? "" : "/").append(k).append(v));
            return out.toString();
        }
        return Integer.toString(points);
    }
}
