package org.jifen.persistence.policy;

import java.time.LocalDateTime;

/** A row of {@code policy_versions}; {@code files} is a JSON object file name to content. */
public record PolicyVersionRow(
    String villageId,
    int version,
    String contentHash,
    String files,
    String author,
    String comment,
    LocalDateTime createdAt) {}
