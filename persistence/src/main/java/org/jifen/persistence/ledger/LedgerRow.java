package org.jifen.persistence.ledger;

import java.time.LocalDateTime;

/**
 * A row of the append-only {@code ledger}; entryId/createdAt are DB-assigned, null kind = AWARD (see {@link LedgerKind}).
 * See V6__ledger_provenance.sql for what kind, sourceId, reversesEntry, operator and reason mean.
 */
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
    Integer policyVersion,
    LedgerKind kind,
    String sourceId,
    Long reversesEntry,
    String operator,
    String reason,
    LocalDateTime createdAt) {

  /** A new entry without provenance columns: an award credited by a rule (kind null = AWARD). */
  public static LedgerRow award(String villageId, String memberId, String householdId, String evidenceId,
      int awardSeq, String evidenceType, LocalDateTime occurredAt, String ruleName, String category,
      int requested, int points, Integer policyVersion, LedgerKind kind) {
    return new LedgerRow(villageId, null, memberId, householdId, evidenceId, awardSeq, evidenceType, occurredAt,
        ruleName, category, requested, points, policyVersion, kind, null, null, null, null, null);
  }
}
