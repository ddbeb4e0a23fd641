package org.jifen.persistence.ledger;

import java.time.LocalDateTime;

/** A row of the append-only {@code ledger}; entryId/createdAt are DB-assigned, null kind = AWARD. */
public record LedgerRow(
    String villageId,
    Long entryId,
    String memberId,
    String householdId,
    String evidenceId,
    int awardSeq,
    String evidenceType,
    LocalDateTime occurredAt,
    String ruleName,
    String category,
    int requested,
    int points,
    int policyVersion,
    String kind,
    LocalDateTime createdAt) {

  /** Kind of an entry credited by a rule. */
  public static final String AWARD = "AWARD";
}
