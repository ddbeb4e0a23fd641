package org.jifen.persistence.ledger;

import java.time.LocalDateTime;

/** A {@link HistoryRow} with the household it was credited in: what household caps and tallies need. */
public record HouseholdHistoryRow(String householdId, String memberId, String evidenceId, String evidenceType,
        String ruleName, String category, int points, LocalDateTime occurredAt) {
}
