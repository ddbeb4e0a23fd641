package org.jifen.api.security;

import java.util.Set;

/**
 * Who sent a request: the key's id (never the key), its name and role, and what it acts for: the
 * villages of an OFFICIAL, REVIEWER or PIPELINE key, the region of a MERCHANT key. {@code holder}
 * is the person who holds the key (the reviewer a review decision records); {@code memberVillage}
 * and {@code memberId}, both set or both null, the village member that person is.
 */
public record ApiKeyPrincipal(String keyId, String name, String holder, Role role, Set<String> villages,
        String region, String memberVillage, String memberId) {

    /** The id of the bootstrap administrator key ({@code JIFEN_ADMIN_KEY}), which has no row. */
    public static final String BOOTSTRAP_ID = "admin";

    public ApiKeyPrincipal {
        villages = villages == null ? Set.of() : Set.copyOf(villages);
        holder = holder == null || holder.isBlank() ? name : holder;
    }

    /** The bootstrap administrator: held by whoever runs the service, who is no member. */
    public static ApiKeyPrincipal bootstrapAdmin() {
        return new ApiKeyPrincipal(BOOTSTRAP_ID, "bootstrap administrator (JIFEN_ADMIN_KEY)", "bootstrap administrator",
                Role.ADMIN, Set.of(), null, null, null);
    }

    @Override
    public String toString() {
        return keyId + " (" + role + ")";
    }
}
