package org.jifen.api.audit;

import org.jifen.api.security.Actor;
import org.jifen.persistence.audit.AuditMapper;
import org.jifen.persistence.audit.AuditRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Appends to the audit log: who (the key id and role of the current request, or SYSTEM for what
 * the service does on its own), what, where, the request id, and the SHA-256 of the content before
 * and after, where there is one. Called after a change succeeded; inside the change's transaction
 * where there is one, so a rolled-back change leaves no record.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditMapper audit;

    AuditLog(AuditMapper audit) {
        this.audit = audit;
    }

    /**
     * Records {@code action} on {@code target} of {@code villageId} (null: of no village).
     * {@code hashBefore}/{@code hashAfter}: SHA-256 hex of the content before and after (null when
     * there is none, e.g. before a file was created); {@code detail}: a short note (names, counts).
     */
    public void record(String villageId, AuditAction action, String target, String hashBefore, String hashAfter,
            String detail) {
        Actor actor = Actor.current();
        String requestId = RequestIdFilter.current();
        audit.insert(new AuditRow(villageId == null ? "" : villageId, null, null, actor.keyId(), actor.role().name(),
                action.name(), cut(target, 300), requestId, hashBefore, hashAfter, cut(detail, 1000)));
        log.info("audit {} village={} target={} by {}", action, villageId == null ? "-" : villageId, target, actor);
    }

    /** {@link #record} without hashes. */
    public void record(String villageId, AuditAction action, String target, String detail) {
        record(villageId, action, target, null, null, detail);
    }

    /** At most {@code max} characters (code points), so a surrogate pair is never split. */
    static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
