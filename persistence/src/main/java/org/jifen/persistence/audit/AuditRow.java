package org.jifen.persistence.audit;

import java.time.LocalDateTime;

/**
 * A row of the append-only {@code audit_log}. {@code villageId} is {@code ""} for records of no
 * village (key changes); {@code keyId} is null for changes the service made on its own (role
 * {@code SYSTEM}). {@code hashBefore}/{@code hashAfter} are SHA-256 hex of the content changed,
 * where there is one. {@code auditId} and {@code createdAt} are set by the database.
 */
public record AuditRow(
    String villageId,
    Long auditId,
    LocalDateTime createdAt,
    String keyId,
    String role,
    String action,
    String target,
    String requestId,
    String hashBefore,
    String hashAfter,
    String detail) {}
