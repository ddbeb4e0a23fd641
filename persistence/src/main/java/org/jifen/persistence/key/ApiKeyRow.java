package org.jifen.persistence.key;

import java.time.LocalDateTime;

/**
 * A row of {@code api_keys}: never the key itself, only its SHA-256 ({@code keyHash}, 64 lower-case
 * hex digits). {@code holder} is the person who holds the key; {@code memberVillageId} and
 * {@code memberId}, both set or both null, the member that person is. {@code region} is set for
 * merchant keys only; {@code revokedAt} null means the key is valid. {@code createdAt} is set by
 * the database.
 */
public record ApiKeyRow(
    String keyId,
    String keyHash,
    String name,
    String holder,
    String memberVillageId,
    String memberId,
    String role,
    String region,
    String createdBy,
    LocalDateTime createdAt,
    LocalDateTime revokedAt,
    String revokedBy) {}
