package org.jifen.persistence.evidence;

import java.time.LocalDateTime;

/** A row of {@code evidence}: local-time occurredAt, JSON payload/result, DB-set createdAt. */
public record EvidenceRow(
    String villageId,
    String evidenceId,
    String memberId,
    String evidenceType,
    LocalDateTime occurredAt,
    String status,
    String payloadHash,
    String payload,
    String result,
    int policyVersion,
    LocalDateTime createdAt) {

  /** Status of evidence that counts towards frequency limits. */
  public static final String APPROVED = "APPROVED";
}
