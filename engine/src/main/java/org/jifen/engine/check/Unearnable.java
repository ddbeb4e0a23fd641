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
                findings.onRow(row, Findings.ROLES, Problem.Severity.WARNING, "no one can earn item \"" + row.item()
                        + "\": no member holds " + String.join(" or ", row.roles()) + " (roles known from " + roles.from()
                        + ": " + String.join(", ", roles.roles()) + "); declare the role in village.yaml settings roles, "
                        + "or fix the role's spelling (无人可得)");
            }
            if (row.maxTimes() != null && row.maxTimes().max() == 0) {
                findings.onRow(row, Findings.MAX_TIMES, Problem.Severity.WARNING, zero(row.item(), "max_times (次数上限)"));
            }
            if (row.points() > 0 && row.maxPoints() != null && row.maxPoints().max() == 0) {
                findings.onRow(row, Findings.MAX_POINTS, Problem.Severity.WARNING, zero(row.item(), "max_points (分数上限)"));
            }
            Limit category = categoryCaps.get(row.category());
            if (row.points() > 0 && category != null && category.max() == 0) {
                findings.onRow(row, Findings.CATEGORY, Problem.Severity.WARNING, "no one can earn item \"" + row.item()
                        + "\": its category " + row.category() + " is capped at " + category + " in village.yaml");
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
        return "no one can earn \"" + name + "\": its " + cap + " is 0; remove the item instead (上限为0，无人可得)";
    }
}
