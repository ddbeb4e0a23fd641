package org.jifen.persistence.member;

/** A member as the members list shows them: registration and current balance (the sum of their ledger). */
public record MemberListRow(String memberId, String householdId, String roles, String name, long balance) {
}
