package org.jifen.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a console session act as the key it signed in with. The key is kept only in the server-side
 * session and checked again on every request, as if sent in {@code X-Api-Key}, so a revoked key
 * stops working at once and {@link SecurityConfiguration#rules} decides what it may do.
 *
 * <p>In the API chain ({@code api = true}) a session counts only with the page's CSRF token in
 * {@code X-CSRF-TOKEN}, and never when the request carries {@code X-Api-Key}: API clients stay
 * stateless and a cross-site request cannot borrow the cookie. In the console chain it signs pages in.
 */
final class ConsoleSessionFilter extends OncePerRequestFilter {

    /** Session attribute holding the API key a console user signed in with. */
    static final String KEY = ConsoleSessionFilter.class.getName() + ".key";
    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final AuthenticationManager manager;
    private final ProblemResponses problems;
    private final boolean api;

    ConsoleSessionFilter(AuthenticationManager manager, ProblemResponses problems, boolean api) {
        this.manager = manager;
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(KEY);
        if (!(key instanceof String presented)
                || api && (request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null
                        || request.getHeader(CSRF_HEADER) == null)) {
            chain.doFilter(request, response);
            return;
        }
        if (api && !csrfMatches(request)) {
            problems.write(response, HttpStatus.FORBIDDEN, "Forbidden",
                    "the console's security token does not match: reload the page");
            return;
        }
        Authentication result;
        try {
            result = manager.authenticate(ApiKeyAuthentication.unchecked(presented));
        } catch (AuthenticationException e) {
            session.removeAttribute(KEY);
            if (api) {
                problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "the key of this console session is not valid or has been revoked: sign in again");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }

    private static boolean csrfMatches(HttpServletRequest request) {
        CsrfToken expected = ConsoleSecurity.CSRF.loadToken(request);
        String sent = request.getHeader(CSRF_HEADER);
        return expected != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
