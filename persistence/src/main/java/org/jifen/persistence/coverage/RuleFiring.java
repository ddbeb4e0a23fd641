package org.jifen.persistence.coverage;

import java.time.LocalDateTime;

/** How often a rule awarded in a window: ledger AWARD entries, their signed points, the latest evidence time. */
public record RuleFiring(String ruleName, long awards, long points, LocalDateTime lastOccurredAt) {}
