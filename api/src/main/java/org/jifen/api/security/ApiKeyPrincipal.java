package org.jifen.api.security;

import java.util.Set;

/**
 * Who sent a request: the key's id (never the key), its name and role, and what it acts for: the
 * villages of an OFFICIAL, REVIEWER or PIPELINE key, the region of a MERCHANT key.
 */
public record ApiKeyPrincipal(String keyId, String name, Role role, Set<String> villages, String region) {

    /** The id of the bootstrap administrator key ({@code JIFEN_ADMIN_KEY}), which has no row. */
    public static final String BOOTSTRAP_ID = "admin";

    public ApiKeyPrincipal {
        villages = villages == null ? Set.of() : Set.copyOf(villages);
    }

    /** The bootstrap administrator. */
    public static ApiKeyPrincipal bootstrapAdmin() {
        return new ApiKeyPrincipal(BOOTSTRAP_ID, "bootstrap administrator (JIFEN_ADMIN_KEY)", Role.ADMIN, Set.of(), null);
    }

    @Override
    public String toString() {
        return keyId + " (" + role + ")";
    }
}
