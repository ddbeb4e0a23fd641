package org.jifen.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the {@code X-Api-Key} header. Without one the request goes on unauthenticated (public
 * endpoints answer, the others 401). A key that is not valid or revoked, or more than one header,
 * is a 401 at once, whatever the endpoint. The key itself is never logged or kept.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

    private final AuthenticationManager manager;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(AuthenticationManager manager, ProblemResponses problems) {
        this.manager = manager;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> values = Collections.list(request.getHeaders(HEADER));
        if (values.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (values.size() > 1) {
            refuse(request, response, "send exactly one X-Api-Key header");
            return;
        }
        String key = values.get(0).strip();
        if (key.isEmpty()) {
            refuse(request, response, "the X-Api-Key header is empty");
            return;
        }
        Authentication result;
        try {
            result = manager.authenticate(ApiKeyAuthentication.unchecked(key));
        } catch (AuthenticationException e) {
            refuse(request, response, "the API key is not valid or has been revoked");
            return;
        } catch (DataAccessException e) {
            log.warn("cannot check an API key: {}", e.getClass().getSimpleName());
            problems.unavailable(response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(result);
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        contexts.clearContext();
        request.setAttribute(ProblemResponses.UNAUTHENTICATED, reason);
        problems.commence(request, response, null);
    }
}
