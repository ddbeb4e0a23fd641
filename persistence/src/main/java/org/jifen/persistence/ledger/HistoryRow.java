package org.jifen.persistence.ledger;

import java.time.LocalDateTime;

/** The columns of a ledger entry that tallies, caps and streaks need. */
public record HistoryRow(String memberId, String evidenceId, String evidenceType, String ruleName, String category,
        int points, LocalDateTime occurredAt) {
}
