package org.jifen.api.keys;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A key as listed: never the key or its hash. {@code key} is set only in the answer to its
 * creation, the one time the key is shown. {@code holder} is the person who holds it and, when
 * set, {@code memberId} the member of {@code memberVillage} they are. {@code revokedAt} is set for
 * a revoked key.
 */
public record KeyView(String keyId, String key, String name, String holder, String memberVillage, String memberId,
        String role, List<String> villages, String region, String createdBy, OffsetDateTime createdAt,
        OffsetDateTime revokedAt, String revokedBy) {

    @Override
    public String toString() {
        return "KeyView[keyId=" + keyId + ", role=" + role + "]";
    }
}
