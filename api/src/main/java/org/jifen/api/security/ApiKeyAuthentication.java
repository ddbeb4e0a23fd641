package org.jifen.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request's authentication: before {@link ApiKeyAuthenticationProvider} checks it, the key as
 * presented (credentials); after, the {@link ApiKeyPrincipal} with authority {@code ROLE_<role>}
 * and no credentials, so the key is not kept past the check.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final transient Object principal;
    private String presentedKey;

    private ApiKeyAuthentication(String presentedKey) {
        super(List.of());
        this.principal = null;
        this.presentedKey = presentedKey;
    }

    private ApiKeyAuthentication(ApiKeyPrincipal principal) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())));
        this.principal = principal;
        setAuthenticated(true);
    }

    /** A key to be checked. */
    public static ApiKeyAuthentication unchecked(String presentedKey) {
        return new ApiKeyAuthentication(presentedKey);
    }

    /** A checked key. */
    public static ApiKeyAuthentication of(ApiKeyPrincipal principal) {
        return new ApiKeyAuthentication(principal);
    }

    public String presentedKey() {
        return presentedKey;
    }

    /** The checked key's principal (null before the check). */
    public ApiKeyPrincipal key() {
        return principal instanceof ApiKeyPrincipal p ? p : null;
    }

    @Override
    public Object getCredentials() {
        return presentedKey;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal instanceof ApiKeyPrincipal p ? p.keyId() : "";
    }

    @Override
    public void eraseCredentials() {
        presentedKey = null;
        super.eraseCredentials();
    }

    @Override
    public String toString() {
        return "ApiKeyAuthentication[" + (principal == null ? "unchecked" : principal) + "]";
    }
}
