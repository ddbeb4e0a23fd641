package org.jifen.api.member;

import org.jifen.persistence.ledger.LedgerKind;
import java.time.LocalDateTime;
import org.jifen.persistence.ledger.LedgerRow;

/**
 * One ledger entry as a member's statement shows it; for a correction, who decided it and why, and the
 * entry a reversal reverses; {@code sourceId} what wrote it when not evidence (a programme run's honour:
 * {@code programme:<rule>:<period>}).
 */
record LedgerEntryView(long entryId, LedgerKind kind, String evidenceId, String evidenceType, LocalDateTime occurredAt,
        String rule, String category, int requested, int points, Integer policyVersion, LocalDateTime createdAt,
        String operator, String reason, Long reversesEntry, String sourceId) {

    static LedgerEntryView of(LedgerRow row) {
        return new LedgerEntryView(row.entryId(), row.kind(), row.evidenceId(), row.evidenceType(), row.occurredAt(),
                row.ruleName(), row.category(), row.requested(), row.points(), row.policyVersion(), row.createdAt(),
                row.operator(), row.reason(), row.reversesEntry(), row.sourceId());
    }
}
