package org.jifen.persistence.review;

import java.time.LocalDateTime;

/**
 * A row of {@code review_items}: evidence that arrived PENDING, its provisional awards (JSON) and,
 * once approved, the awards its approval credited (JSON). See V7__review.sql.
 */
public record ReviewItemRow(
    String villageId,
    String evidenceId,
    String memberId,
    String householdId,
    String evidenceType,
    LocalDateTime occurredAt,
    String status,
    int provisionalPoints,
    String provisionalAwards,
    int policyVersion,
    String awards,
    Integer creditedVersion,
    LocalDateTime submittedAt,
    LocalDateTime decidedAt) {

  public static final String PENDING = "PENDING";
  public static final String AWAITING_SECOND_REVIEW = "AWAITING_SECOND_REVIEW";
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";

  /** A new item awaiting its first review (submittedAt is set by the database). */
  public static ReviewItemRow pending(String villageId, String evidenceId, String memberId, String householdId,
      String evidenceType, LocalDateTime occurredAt, int provisionalPoints, String provisionalAwards,
      int policyVersion) {
    return new ReviewItemRow(villageId, evidenceId, memberId, householdId, evidenceType, occurredAt, PENDING,
        provisionalPoints, provisionalAwards, policyVersion, null, null, null, null);
  }

  /** Whether a reviewer may still decide it. */
  public boolean open() {
    return PENDING.equals(status) || AWAITING_SECOND_REVIEW.equals(status);
  }
}
