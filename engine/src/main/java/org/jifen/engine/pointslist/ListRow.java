package org.jifen.engine.pointslist;

import java.util.List;
import org.jifen.engine.policy.Limit;

/** A points-list row as the static checks read it: caps parsed, {@code roles} empty for everyone. */
public record ListRow(int line, String item, String type, int points, String category, Limit maxTimes,
        Limit maxPoints, List<String> roles, boolean requiresApproval, int minMinutes, Limit maxDeduct) {

    /** The rows of a parsed list, in file order. */
    public static List<ListRow> of(PointsList list) {
        return list.items().stream().map(i -> new ListRow(i.line(), i.item(), i.type(), i.points(), i.category(),
                limit(i.maxTimes()), limit(i.maxPoints()), List.copyOf(i.roles()), i.requiresApproval(), i.minMinutes(),
                limit(i.maxDeduct())))
                .toList();
    }

    private static Limit limit(String text) {
        return text.isEmpty() ? null : Limit.parse(text);
    }
}
