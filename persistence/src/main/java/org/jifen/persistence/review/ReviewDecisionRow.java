package org.jifen.persistence.review;

import java.time.LocalDateTime;

/**
 * A row of {@code review_decisions}: one reviewer's APPROVED or REJECTED on one evidence.
 * {@code reviewer} is the holder of the key that decided, {@code keyId} that key (null for
 * decisions made before keys were recorded, V10).
 */
public record ReviewDecisionRow(
    String villageId, String evidenceId, String reviewer, String keyId, String decision, String note,
    LocalDateTime decidedAt) {}
