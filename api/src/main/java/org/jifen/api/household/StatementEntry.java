package org.jifen.api.household;

import org.jifen.persistence.ledger.LedgerKind;
import java.time.LocalDateTime;
import org.jifen.persistence.ledger.LedgerRow;

/** One entry of a statement, with the running balance after it and the member's name (null when not registered). */
record StatementEntry(long entryId, String memberId, String memberName, LedgerKind kind, LocalDateTime occurredAt, String rule,
        String category, int points, long balance, String evidenceId, String sourceId, Long reversesEntry,
        String operator, String reason, Integer policyVersion) {

    static StatementEntry of(LedgerRow row, String memberName, long balance) {
        return new StatementEntry(row.entryId(), row.memberId(), memberName, row.kind(), row.occurredAt(), row.ruleName(),
                row.category(), row.points(), balance, row.evidenceId(), row.sourceId(), row.reversesEntry(),
                row.operator(), row.reason(), row.policyVersion());
    }
}
