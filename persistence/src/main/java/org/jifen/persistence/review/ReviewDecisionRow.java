package org.jifen.persistence.review;

import java.time.LocalDateTime;

/** A row of {@code review_decisions}: one reviewer's APPROVED or REJECTED on one evidence. */
public record ReviewDecisionRow(
    String villageId, String evidenceId, String reviewer, String decision, String note, LocalDateTime decidedAt) {}
