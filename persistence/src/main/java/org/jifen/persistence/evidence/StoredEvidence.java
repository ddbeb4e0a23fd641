package org.jifen.persistence.evidence;

import java.time.LocalDateTime;

/** What a replay needs of a stored evidence: its key, member, local-time occurredAt and JSON payload. */
public record StoredEvidence(String evidenceId, String memberId, LocalDateTime occurredAt, String payload) {}
