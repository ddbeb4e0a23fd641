package org.jifen.engine.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.pointslist.ListRow;
import org.jifen.engine.policy.Limit;
import org.jifen.engine.policy.Problem;
import org.jifen.engine.policy.RuleSpec;

/**
 * Items no one can earn, each a WARNING: a row limited to roles that no known member holds, a cap
 * of 0 ({@code max_times}, {@code max_points} of an earning row, {@code @maxTimes}/{@code @maxPoints}
 * of a rule), or an earning row or rule whose category cap in village.yaml is 0.
 */
final class Unearnable {

    private Unearnable() {
    }

    static void check(List<ListRow> rows, Map<String, RuleSpec> rules, Map<String, Limit> categoryCaps,
            KnownRoles roles, Findings findings) {
        for (ListRow row : rows) {
            if (!row.roles().isEmpty() && roles.known() && row.roles().stream().noneMatch(roles.roles()::contains)) {
                findings.onRow(row, Findings.ROLES, Problem.Severity.WARNING, "无人可得：项目“" + row.item()
                        + "”限 " + String.join(" 或 ", row.roles()) + "，但没有人有这个角色（已知角色来自" + roles.from()
                        + "：" + String.join("、", roles.roles()) + "）；请在 village.yaml 的 settings roles 里写上这个角色，"
                        + "或改正角色的拼写");
            }
            if (row.maxTimes() != null && row.maxTimes().max() == 0) {
                findings.onRow(row, Findings.MAX_TIMES, Problem.Severity.WARNING, zero(row.item(), "次数上限"));
            }
            if (row.points() > 0 && row.maxPoints() != null && row.maxPoints().max() == 0) {
                findings.onRow(row, Findings.MAX_POINTS, Problem.Severity.WARNING, zero(row.item(), "分数上限"));
            }
            Limit category = categoryCaps.get(row.category());
            if (row.points() > 0 && category != null && category.max() == 0) {
                findings.onRow(row, Findings.CATEGORY, Problem.Severity.WARNING, "无人可得：项目“" + row.item()
                        + "”的类别 " + row.category() + " 在 village.yaml 里的上限是 " + category);
            }
        }
        Set<String> listed = Set.copyOf(rows.stream().map(ListRow::item).toList());
        for (RuleSpec rule : rules.values()) {
            if (listed.contains(rule.name()) || !rule.file().endsWith(".drl")) {
                continue;
            }
            if (rule.maxTimes() != null && rule.maxTimes().max() == 0) {
                findings.onRule(rule.file(), rule.line(), Problem.Severity.WARNING, zero(rule.name(), "@maxTimes"));
            } else if (rule.maxPoints() != null && rule.maxPoints().max() == 0) {
                findings.onRule(rule.file(), rule.line(), Problem.Severity.WARNING, zero(rule.name(), "@maxPoints"));
            }
        }
    }

    private static String zero(String name, String cap) {
        return "无人可得：“" + name + "”的" + cap + " 是 0；不如删掉这一项";
    }
}
