package org.jifen.api.ledger;

import org.jifen.persistence.ledger.LedgerKind;
import java.time.LocalDateTime;
import org.jifen.persistence.ledger.LedgerRow;

/** A ledger entry with its provenance: where it comes from, what it compensates, who decided it and why. */
record EntryView(long entryId, LedgerKind kind, String memberId, String householdId, String evidenceId,
        String evidenceType, LocalDateTime occurredAt, String rule, String category, int requested, int points,
        Integer policyVersion, String sourceId, Long reversesEntry, String operator, String reason,
        LocalDateTime createdAt) {

    static EntryView of(LedgerRow row) {
        return new EntryView(row.entryId(), row.kind(), row.memberId(), row.householdId(), row.evidenceId(),
                row.evidenceType(), row.occurredAt(), row.ruleName(), row.category(), row.requested(), row.points(),
                row.policyVersion(), row.sourceId(), row.reversesEntry(), row.operator(), row.reason(), row.createdAt());
    }
}
