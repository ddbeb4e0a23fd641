package org.jifen.engine.pointslist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jifen.engine.policy.Limit;
import org.jifen.engine.table.TableItem;

/** A parsed points list as data for the shared rule base. */
public final class TableRows {

    private TableRows() {
    }

    public static List<TableItem> of(PointsList list) {
        List<TableItem> rows = new ArrayList<>(list.size());
        for (PointsItem item : list.items()) {
            rows.add(new TableItem(item.item(), item.type(), item.points(), item.category(), limit(item.maxTimes()),
                    limit(item.maxPoints()), Set.copyOf(item.roles()), item.requiresApproval(), item.minMinutes(),
                    item.line(), rows.size(), limit(item.maxDeduct()), item.pay()));
        }
        return rows;
    }

    private static Limit limit(String text) {
        return text.isEmpty() ? null : Limit.parse(text);
    }
}
