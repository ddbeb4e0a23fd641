package org.jifen.api.evaluation;

import java.util.Map;
import org.jifen.engine.history.MemberHistory;

/**
 * The histories a batch evaluates against: each member's own, and each household's (the entries of
 * every member of the household, over the same window). A member without a household is a
 * household of one: their household history is their own.
 */
public record Histories(Map<String, MemberHistory> members, Map<String, MemberHistory> households) {

    /** The member's history (an empty one, kept, when none was loaded). */
    public MemberHistory member(String memberId) {
        return members.computeIfAbsent(memberId, id -> new MemberHistory());
    }

    /** The household's history, or the member's own when {@code householdId} is null. */
    public MemberHistory household(String householdId, String memberId) {
        return householdId == null ? member(memberId)
                : households.computeIfAbsent(householdId, id -> new MemberHistory());
    }
}
