package org.jifen.engine.pointslist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jifen.engine.policy.Problem;
import org.jifen.engine.table.ItemPay;

/**
 * A village's {@code points-list.csv}, read with file, row and column in every error, and
 * compiled to DRL whose line N is the rule of the CSV's line N.
 */
public final class PointsList {

    private final List<PointsItem> items;

    private PointsList(List<PointsItem> items) {
        this.items = List.copyOf(items);
    }

    /** Reads the list; problems are added to {@code problems} and yield null. */
    public static PointsList parse(String file, String text, List<Problem> problems) {
        int before = problems.size();
        List<PointsItem> items = new PointsListReader(file, problems).read(text);
        return problems.size() > before ? null : new PointsList(items);
    }

    /** The rows, in file order. */
    List<PointsItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Set<String> evidenceTypes() {
        return items.stream().map(PointsItem::type).collect(Collectors.toCollection(TreeSet::new));
    }

    /** DRL with one rule per row, each on the same line as its row in the CSV. */
    public String toDrl(String villageId) {
        int lines = items.isEmpty() ? 1 : items.get(items.size() - 1).line();
        List<String> out = new ArrayList<>();
        out.add("package village." + villageId.replace('-', '_') + ".pointslist;");
        for (int line = 2; line <= lines; line++) {
            out.add("");
        }
        for (PointsItem item : items) {
            out.set(item.line() - 1, rule(item));
        }
        return String.join("\n", out) + "\n";
    }

    private static String rule(PointsItem item) {
        StringBuilder drl = new StringBuilder("rule ").append(quote(item.item()));
        drl.append(" @category(").append(quote(item.category())).append(')');
        if (!item.maxTimes().isEmpty()) {
            drl.append(" @maxTimes(").append(quote(item.maxTimes())).append(')');
        }
        if (!item.maxPoints().isEmpty()) {
            drl.append(" @maxPoints(").append(quote(item.maxPoints())).append(')');
        }
        if (!item.maxDeduct().isEmpty()) {
            drl.append(" @maxDeduct(").append(quote(item.maxDeduct())).append(')');
        }
        drl.append(" when $e : Evidence( type == ").append(quote(item.type()));
        drl.append(item.requiresApproval() ? ", approved" : ", status != \"REJECTED\"");
        if (item.minMinutes() > 0) {
            drl.append(", minutes >= ").append(item.minMinutes());
        }
        ItemPay pay = item.pay();
        if (pay.perUnit()) {
            drl.append(", quantity > 0, $q : quantity");
        } else if (pay.byLevel()) {
            drl.append(", attr(\"").append(ItemPay.LEVEL).append("\") in (")
                    .append(pay.levels().keySet().stream().map(PointsList::quote).collect(Collectors.joining(", ")))
                    .append("), $lv : attr(\"").append(ItemPay.LEVEL).append("\")");
        }
        drl.append(" )");
        if (!item.roles().isEmpty()) {
            drl.append(" Member( ").append(item.roles().stream().map(r -> "hasRole(" + quote(r) + ")")
                    .collect(Collectors.joining(" || "))).append(" )");
        }
        String verb = item.points() > 0 ? "grant" : "deduct";
        drl.append(" then award.").append(verb).append("($e, ").append(amount(pay)).append(", ")
                .append(quote(item.item())).append("); end");
        return drl.toString();
    }

    /** The positive points expression of the consequence: fixed, per unit of {@code $q}, or by level {@code $lv}. */
    private static String amount(ItemPay pay) {
        if (pay.perUnit()) {
            String units = "Math.min($q, " + ItemPay.MAX_UNITS + ") * " + Math.abs(pay.points());
            return pay.max() > 0 ? "Math.min(" + units + ", " + pay.max() + ")" : units;
        }
        if (pay.byLevel()) {
            StringBuilder out = new StringBuilder();
            List<Map.Entry<String, Integer>> levels = List.copyOf(pay.levels().entrySet());
            for (int i = 0; i < levels.size() - 1; i++) {
                out.append("$lv == ").append(quote(levels.get(i).getKey())).append(" ? ")
                        .append(Math.abs(levels.get(i).getValue())).append(" : ");
            }
            return out.append(Math.abs(levels.get(levels.size() - 1).getValue())).toString();
        }
        return Integer.toString(Math.abs(pay.points()));
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
