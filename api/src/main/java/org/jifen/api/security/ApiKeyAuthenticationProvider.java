package org.jifen.api.security;

import org.jifen.api.keys.KeyService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Checks a presented API key (see {@link KeyService#authenticate}). */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final KeyService keys;

    ApiKeyAuthenticationProvider(KeyService keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        ApiKeyAuthentication presented = (ApiKeyAuthentication) authentication;
        return keys.authenticate(presented.presentedKey()).map(ApiKeyAuthentication::of)
                .orElseThrow(() -> new BadCredentialsException("the API key is not valid or has been revoked"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
