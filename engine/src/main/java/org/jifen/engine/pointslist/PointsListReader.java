package org.jifen.engine.pointslist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jifen.engine.policy.Limit;
import org.jifen.engine.policy.Problem;
import org.jifen.engine.policy.RuleSpec;
import org.jifen.engine.table.ItemPay;

/** Reads the rows of a points list and checks every cell. */
final class PointsListReader {

    static final List<String> ENGLISH = List.of("item", "type", "points", "category", "max_times", "max_points",
            "roles", "requires_approval", "min_minutes", "max_deduct");
    static final List<String> CHINESE = List.of("项目", "类型", "分值", "类别", "次数上限", "分数上限", "适用角色", "需审核",
            "最少分钟", "扣分上限");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern ROLE = Pattern.compile("[\\p{L}\\p{N}_-]{1,64}");

    private final String file;
    private final List<Problem> problems;

    PointsListReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    List<PointsItem> read(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
            lines[0] = lines[0].substring(1);
        }
        List<PointsItem> items = new ArrayList<>();
        if (lines.length == 0 || !header(lines[0])) {
            return items;
        }
        Set<String> names = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            PointsItem item = row(i + 1, lines[i]);
            if (item != null && !names.add(item.item())) {
                error(i + 1, 1, "项目“" + item.item() + "”出现了两次：每个项目是一条规则，名称不能重复");
            } else if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private boolean header(String line) {
        List<String> cells = Csv.cells(line);
        List<String> english = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        boolean ok = cells.size() >= 3 && cells.size() <= ENGLISH.size()
                && (english.equals(ENGLISH.subList(0, cells.size())) || cells.equals(CHINESE.subList(0, cells.size())));
        if (!ok) {
            error(1, 1, "表头（第一行）要写成 " + String.join(",", CHINESE) + "（或英文 " + String.join(",", ENGLISH)
                    + "），至少前三列，顺序不变");
        }
        return ok;
    }

    private PointsItem row(int line, String text) {
        List<String> cells;
        try {
            cells = Csv.cells(text);
        } catch (IllegalArgumentException e) {
            error(line, 1, e.getMessage());
            return null;
        }
        if (cells.size() > ENGLISH.size()) {
            error(line, ENGLISH.size() + 1, "这一行的格子太多：每行最多 " + ENGLISH.size() + " 列");
            return null;
        }
        int before = problems.size();
        String item = cell(cells, 0);
        if (item.isEmpty() || item.length() > 200) {
            error(line, 1, "项目需要填写名称（1 到 200 个字）");
        }
        String type = cell(cells, 1);
        if (!TYPE.matcher(type).matches()) {
            error(line, 2, type.isEmpty() ? "类型不能空着：请选择证据类型" : "类型“" + type + "”不是证据类型代码：代码用英文字母、数字和下划线，"
                    + "例如 PATROL；中文名称写在 village.yaml 的 types 里");
        }
        ItemPay pay = pay(line, cell(cells, 2));
        int points = pay.points();
        if (points == 0 && problems.size() == before) {
            error(line, 3, "分值不能是 0：正数是加分，负数是扣分");
        }
        String category = cell(cells, 3).isEmpty() ? RuleSpec.DEFAULT_CATEGORY : cell(cells, 3);
        if (category.contains("\"") || category.contains("\\")) {
            error(line, 4, "类别里不能有 \" 或 \\ 符号");
        }
        String maxTimes = limit(line, 5, cell(cells, 4), "次数上限");
        String maxPoints = limit(line, 6, cell(cells, 5), "分数上限");
        List<String> roles = roles(line, cell(cells, 6));
        boolean requiresApproval = flag(line, 8, cell(cells, 7));
        int minMinutes = cell(cells, 8).isEmpty() ? 0 : integer(line, 9, cell(cells, 8), "最少分钟");
        if (minMinutes < 0) {
            error(line, 9, "最少分钟不能是负数");
        }
        String maxDeduct = limit(line, 10, cell(cells, 9), "扣分上限");
        if (!maxDeduct.isEmpty() && points > 0) {
            error(line, 10, "扣分上限只用于扣分项目（分值是负数）");
        }
        if (problems.size() > before) {
            return null;
        }
        return new PointsItem(line, item, type, points, category, maxTimes, maxPoints, roles, requiresApproval, minMinutes,
                maxDeduct, pay);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    private ItemPay pay(int line, String text) {
        try {
            return ItemPay.parse(text);
        } catch (IllegalArgumentException e) {
            error(line, 3, e.getMessage());
            return ItemPay.fixed(0);
        }
    }

    private int integer(int line, int column, String text, String what) {
        try {
            return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            error(line, column, what + "要写整数（阿拉伯数字，如 2 或 -5），这里写的是“" + text + "”");
            return 0;
        }
    }

    private String limit(int line, int column, String text, String what) {
        if (text.isEmpty()) {
            return "";
        }
        try {
            return Limit.parse(text.toUpperCase(Locale.ROOT)).toString();
        } catch (IllegalArgumentException e) {
            error(line, column, what + "：" + e.getMessage());
            return "";
        }
    }

    private List<String> roles(int line, String text) {
        List<String> roles = new ArrayList<>();
        for (String role : text.split("[;；]")) {
            String trimmed = role.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!ROLE.matcher(trimmed).matches()) {
                error(line, 7, "适用角色：“" + trimmed + "”不是角色名称；多个角色之间用 ; 分开");
            }
            roles.add(trimmed);
        }
        return roles;
    }

    private boolean flag(int line, int column, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "是", "y" -> true;
            case "false", "no", "否", "n" -> false;
            default -> {
                error(line, column, "需审核要写 是 或 否（true 或 false），这里写的是“" + text + "”");
                yield true;
            }
        };
    }

    private void error(int line, int column, String message) {
        problems.add(Problem.error(file, line, column, message));
    }
}
