package org.jifen.api.audit;

import java.util.List;

/** A page of the audit log, newest first. */
public record AuditPage(List<AuditView> items, int page, int size, long total) {
}
