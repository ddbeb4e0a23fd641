package org.jifen.persistence.report;

/** A member's points (a sum of ledger entries), with the member's name and current household. */
public record MemberPoints(String memberId, String name, String householdId, long points) {}
