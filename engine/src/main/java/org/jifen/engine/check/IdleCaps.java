package org.jifen.engine.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.Period;
import org.jifen.engine.pointslist.ListRow;
import org.jifen.engine.policy.Limit;
import org.jifen.engine.policy.Problem;
import org.jifen.engine.policy.RuleSpec;

/**
 * A cap that never binds because its category cap (village.yaml {@code caps}) always binds first, a
 * WARNING. Within one period P of the item's cap, the category cap M/Q lets a member earn at most
 * M × (how many Q periods one P period can touch: a month touches up to 6 ISO weeks, a week 2
 * months...). A {@code max_points}/{@code @maxPoints} of N/P never binds when N ≥ that; a list row's
 * {@code max_times} K/P with points p never binds when K &gt; ⌈that ÷ p⌉ (every credited award is at least 1 point).
 */
final class IdleCaps {

    private IdleCaps() {
    }

    static void check(List<ListRow> rows, Map<String, RuleSpec> rules, Map<String, Limit> categoryCaps, Findings findings) {
        for (ListRow row : rows) {
            Limit category = categoryCaps.get(row.category());
            if (row.points() <= 0 || category == null || category.max() == 0) {
                continue;
            }
            if (row.maxPoints() != null && binds(category, row.maxPoints())
                    && row.maxPoints().max() >= most(category, row.maxPoints().period())) {
                findings.onRow(row, Findings.MAX_POINTS, Problem.Severity.WARNING, message(row.item(), "分数上限 "
                        + row.maxPoints(), row.category(), category));
            }
            if (row.maxTimes() != null && row.maxTimes().max() > 0 && binds(category, row.maxTimes())) {
                long awards = (long) touches(category.period(), row.maxTimes().period())
                        * ((category.max() + row.points() - 1) / row.points());
                if (row.maxTimes().max() >= awards) {
                    findings.onRow(row, Findings.MAX_TIMES, Problem.Severity.WARNING, message(row.item(), "次数上限 "
                            + row.maxTimes() + "（每次 " + row.points() + " 分）", row.category(), category));
                }
            }
        }
        Set<String> listed = Set.copyOf(rows.stream().map(ListRow::item).toList());
        for (RuleSpec rule : rules.values()) {
            Limit category = categoryCaps.get(rule.category());
            if (listed.contains(rule.name()) || !rule.file().endsWith(".drl") || category == null || category.max() == 0
                    || rule.maxPoints() == null || !binds(category, rule.maxPoints())) {
                continue;
            }
            if (rule.maxPoints().max() >= most(category, rule.maxPoints().period())) {
                findings.onRule(rule.file(), rule.line(), Problem.Severity.WARNING, message(rule.name(), "@maxPoints "
                        + rule.maxPoints(), rule.category(), category));
            }
        }
    }

    /** Whether the category cap bounds at least what the cap does: not when only the cap is a household's (/户). */
    private static boolean binds(Limit category, Limit cap) {
        return category.household() || !cap.household();
    }

    /** The most a category cap lets a member earn within one period {@code within}. */
    static long most(Limit category, Period within) {
        return (long) category.max() * touches(category.period(), within);
    }

    /** How many periods of kind {@code cap} one period of kind {@code within} can touch. */
    static int touches(Period cap, Period within) {
        if (cap.ordinal() >= within.ordinal()) {
            // a longer (or equal) cap period: one, or two when a week straddles a month, quarter or year
            return within == Period.WEEK && cap != Period.WEEK ? 2 : 1;
        }
        int[] daysIn = {1, 7, 31, 92, 184, 366};
        int span = daysIn[within.ordinal()];
        return switch (cap) {
            case DAY -> span;
            case WEEK -> span / 7 + 2;
            case MONTH -> within == Period.YEAR ? 12 : within == Period.HALF_YEAR ? 6 : 3;
            case QUARTER -> within == Period.YEAR ? 4 : 2;
            default -> 2; // HALF_YEAR within a YEAR
        };
    }

    private static String message(String name, String cap, String category, Limit categoryCap) {
        return "上限不起作用：“" + name + "”的" + cap + " 永远用不上，因为 village.yaml 里类别上限 " + category + ": "
                + categoryCap + " 总是先到；请删掉它或改小";
    }
}
