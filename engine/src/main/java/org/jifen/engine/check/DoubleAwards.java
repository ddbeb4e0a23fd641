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
                    findings.onRow(later, Findings.TYPE, Problem.Severity.ERROR, "重复计分：项目“" + later.item()
                            + "”和项目“" + earlier.item() + "”（" + findings.where(earlier) + "）都给同一类型 "
                            + later.type() + " 的证据加分，同一个人会得两次分；同一类型只保留一项，或给它们不同的类型");
                } else {
                    findings.onRow(later, Findings.TYPE, Problem.Severity.WARNING, "项目“" + later.item() + "”和项目“"
                            + earlier.item() + "”（" + findings.where(earlier) + "）给不同角色的 " + later.type()
                            + " 证据加分；同时是 " + later.roles().get(0) + " 和 "
                            + earlier.roles().get(0) + " 的人会得两次分");
                }
            }
        }
        for (DrlRules.Rule rule : rules) {
            if (rule.simpleType().isEmpty()) {
                continue;
            }
            for (ListRow row : rows) {
                if (row.type().equals(rule.simpleType().get())) {
                    findings.onRule(rule.file(), rule.line(), Problem.Severity.ERROR, "重复计分：规则“" + rule.name()
                            + "”给每条通过审核的 " + row.type() + " 证据加分，项目“" + row.item()
                            + "”（" + findings.where(row) + "）也加分，同一个人会得两次分；删掉其中一个，或加上能区分它们的条件");
                }
            }
        }
    }

    private static boolean overlap(List<String> a, List<String> b) {
        return a.isEmpty() || b.isEmpty() || !java.util.Collections.disjoint(Set.copyOf(a), b);
    }
}
