package org.jifen.persistence.programme;

/** A member's signed points credited in a period (0 without entries), with their household (may be null). */
public record MemberTotal(String memberId, String householdId, long points) {
}
