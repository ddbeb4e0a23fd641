package org.jifen.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the current request's key, or the service itself (SYSTEM, no key). */
public record Actor(String keyId, Role role) {

    public static final Actor SYSTEM = new Actor(null, Role.SYSTEM);

    /** The actor of the current thread's request. */
    public static Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Actor of(Authentication authentication) {
        if (authentication instanceof ApiKeyAuthentication auth && auth.key() != null) {
            return new Actor(auth.key().keyId(), auth.key().role());
        }
        return SYSTEM;
    }

    /** The current request's key (null when none). */
    public static ApiKeyPrincipal currentKey() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication auth
                ? auth.key() : null;
    }

    @Override
    public String toString() {
        return (keyId == null ? "-" : keyId) + " (" + role + ")";
    }
}
