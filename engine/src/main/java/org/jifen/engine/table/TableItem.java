package org.jifen.engine.table;

import java.util.Set;
import org.jifen.engine.policy.Limit;
import org.jifen.engine.policy.ItemAwards;
import org.jifen.facts.Awards;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/**
 * One points-list item as data for the shared rule base: what the row's generated rule would test
 * and award. {@code order} is its position in the list, the order the generated rules fire in;
 * {@code pay} says what it pays ({@code points} is its fixed, unit or first level's value).
 */
public record TableItem(String name, String type, int points, String category, Limit maxTimes, Limit maxPoints,
        Set<String> roles, boolean requiresApproval, int minMinutes, int line, int order, Limit maxDeduct, ItemPay pay) {

    public TableItem {
        roles = Set.copyOf(roles);
    }

    /** Whether the generated rule's conditions hold: status, minutes, quantity or level, and role. */
    public boolean earns(Evidence evidence, Member member) {
        if (requiresApproval ? !evidence.approved() : Evidence.REJECTED.equals(evidence.status())) {
            return false;
        }
        if (minMinutes > 0 && evidence.minutes() < minMinutes) {
            return false;
        }
        if (pay.amount(evidence) == 0) {
            return false;
        }
        if (roles.isEmpty()) {
            return true;
        }
        for (String role : roles) {
            if (member.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The consequence: grant or deduct the item's points, with its name as the reason. */
    public void award(Awards award, Evidence evidence) {
        int points = pay.amount(evidence);
        if (award instanceof ItemAwards items) {
            items.awardItem(name, evidence, points, name);
        } else if (points > 0) {
            award.grant(evidence, points, name);
        } else {
            award.deduct(evidence, -points, name);
        }
    }
}
