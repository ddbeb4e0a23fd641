package org.jifen.engine.table;

import java.util.Set;
import org.jifen.engine.policy.Limit;
import org.jifen.engine.policy.ItemAwards;
import org.jifen.facts.Awards;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/**
 * One points-list item as data for the shared rule base: what the row's generated rule would test
 * and award. {@code order} is its position in the list, the order the generated rules fire in.
 */
public record TableItem(String name, String type, int points, String category, Limit maxTimes, Limit maxPoints,
        Set<String> roles, boolean requiresApproval, int minMinutes, int line, int order) {

    public TableItem {
        roles = Set.copyOf(roles);
    }

    /** Whether the generated rule's conditions hold: status, minutes and role. */
    public boolean earns(Evidence evidence, Member member) {
        if (requiresApproval ? !evidence.approved() : Evidence.REJECTED.equals(evidence.status())) {
            return false;
        }
        if (minMinutes > 0 && evidence.minutes() < minMinutes) {
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
        if (award instanceof ItemAwards items) {
            items.awardItem(name, evidence, points, name);
        } else if (points > 0) {
            award.grant(evidence, points, name);
        } else {
            award.deduct(evidence, -points, name);
        }
    }
}
