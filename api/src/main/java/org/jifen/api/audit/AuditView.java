package org.jifen.api.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jifen.persistence.audit.AuditRow;

/**
 * An audit record: when, who (key id, null for the service itself; role), what (action) on which
 * village (null: none) and target, the request id, and SHA-256 of the content before and after.
 */
public record AuditView(long auditId, OffsetDateTime at, String villageId, String keyId, String role, String action,
        String target, String requestId, String hashBefore, String hashAfter, String detail) {

    static AuditView of(AuditRow row) {
        return new AuditView(row.auditId(), row.createdAt().atZone(ZoneId.systemDefault()).toOffsetDateTime(),
                row.villageId().isEmpty() ? null : row.villageId(), row.keyId(), row.role(), row.action(), row.target(),
                row.requestId(), row.hashBefore(), row.hashAfter(), row.detail());
    }
}
