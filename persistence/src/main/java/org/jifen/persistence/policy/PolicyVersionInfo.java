package org.jifen.persistence.policy;

import java.time.LocalDateTime;

/** A policy version without its files: for listings. */
public record PolicyVersionInfo(
    String villageId,
    int version,
    String contentHash,
    String author,
    String comment,
    LocalDateTime effectiveFrom,
    LocalDateTime createdAt) {}
