package org.jifen.persistence.evidence;

import java.time.LocalDateTime;

/**
 * What a replay needs of a stored evidence: its key, member, local-time occurredAt, JSON payload and
 * current status (a review may have decided evidence submitted PENDING since; null: the payload's).
 */
public record StoredEvidence(String evidenceId, String memberId, LocalDateTime occurredAt, String payload,
    String status) {}
