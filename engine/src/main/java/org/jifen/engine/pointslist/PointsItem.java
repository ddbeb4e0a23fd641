package org.jifen.engine.pointslist;

import java.util.List;
import org.jifen.engine.table.ItemPay;

/** One row of a points list (积分清单): a rule named {@code item}; {@code points} is {@code pay}'s sign-bearing value. */
record PointsItem(
        int line,
        String item,
        String type,
        int points,
        String category,
        String maxTimes,
        String maxPoints,
        List<String> roles,
        boolean requiresApproval,
        int minMinutes,
        String maxDeduct,
        ItemPay pay) {
}
