package org.jifen.persistence.policy;

import java.time.LocalDateTime;

/**
 * A row of {@code policy_versions}; {@code files} is a JSON object file name to content, and
 * {@code effectiveFrom} (village-independent server time, null for at once) is when it takes effect.
 */
public record PolicyVersionRow(
    String villageId,
    int version,
    String contentHash,
    String files,
    String author,
    String comment,
    LocalDateTime effectiveFrom,
    LocalDateTime createdAt) {}
