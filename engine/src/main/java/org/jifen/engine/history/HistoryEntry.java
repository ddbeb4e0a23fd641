package org.jifen.engine.history;

import java.time.LocalDateTime;

/** A credited ledger entry of the member: {@code points} is signed; 0 only for a WARNING entry (劝告). */
public record HistoryEntry(
        String evidenceId,
        String evidenceType,
        String rule,
        String category,
        int points,
        LocalDateTime occurredAt) {
}
