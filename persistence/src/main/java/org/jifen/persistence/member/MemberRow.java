package org.jifen.persistence.member;

import java.time.LocalDate;

/** A row of {@code members}; {@code roles} is comma-separated (null is stored as empty). */
public record MemberRow(
    String villageId, String memberId, String householdId, String roles, LocalDate joinedOn) {}
