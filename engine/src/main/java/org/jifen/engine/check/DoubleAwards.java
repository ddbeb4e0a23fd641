package org.jifen.engine.check;

import java.util.List;
import java.util.Set;
import org.jifen.engine.pointslist.ListRow;
import org.jifen.engine.policy.Problem;

/**
 * Two items that both award for the same evidence. Two rows of one type always meet on some
 * evidence (approved evidence passes both approval settings; {@code min_minutes} is only a lower
 * bound), unless their roles keep them apart: an ERROR when their roles overlap (or one is for
 * everyone), a WARNING when they name different roles (a member holding both gets both). A simple
 * DRL rule, {@code Evidence( type == "X", approved )} and nothing else, meets every row of type X: an ERROR.
 */
final class DoubleAwards {

    private DoubleAwards() {
    }

    static void check(List<ListRow> rows, List<DrlRules.Rule> rules, Findings findings) {
        for (int i = 0; i < rows.size(); i++) {
            ListRow later = rows.get(i);
            for (ListRow earlier : rows.subList(0, i)) {
                if (!earlier.type().equals(later.type())) {
                    continue;
                }
                if (overlap(earlier.roles(), later.roles())) {
                    findings.onRow(later, Findings.TYPE, Problem.Severity.ERROR, "double award: item \"" + later.item()
                            + "\" and item \"" + earlier.item() + "\" (" + findings.where(earlier) + ") both award for the same "
                            + later.type() + " evidence, so a member would be credited twice; keep one item per type, or give "
                            + "them different types (重复计分：同一类型只保留一项)");
                } else {
                    findings.onRow(later, Findings.TYPE, Problem.Severity.WARNING, "item \"" + later.item() + "\" and item \""
                            + earlier.item() + "\" (" + findings.where(earlier) + ") both award " + later.type()
                            + " evidence for different roles; a member holding " + later.roles().get(0) + " and "
                            + earlier.roles().get(0) + " is credited twice");
                }
            }
        }
        for (DrlRules.Rule rule : rules) {
            if (rule.simpleType().isEmpty()) {
                continue;
            }
            for (ListRow row : rows) {
                if (row.type().equals(rule.simpleType().get())) {
                    findings.onRule(rule.file(), rule.line(), Problem.Severity.ERROR, "double award: rule \"" + rule.name()
                            + "\" awards for every approved " + row.type() + " evidence, and so does item \"" + row.item()
                            + "\" (" + findings.where(row) + "); a member would be credited twice. Remove one, or add the "
                            + "condition that tells them apart (重复计分)");
                }
            }
        }
    }

    private static boolean overlap(List<String> a, List<String> b) {
        return a.isEmpty() || b.isEmpty() || !java.util.Collections.disjoint(Set.copyOf(a), b);
    }
}
