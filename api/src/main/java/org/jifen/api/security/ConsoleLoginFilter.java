package org.jifen.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /console/login} with form field {@code apiKey} (and the CSRF token, checked before):
 * a valid key is kept in a new server-side session and the browser goes to the village picker;
 * anything else goes back to the sign-in page with an error.
 */
final class ConsoleLoginFilter extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
            .matcher(org.springframework.http.HttpMethod.POST, "/console/login");

    private final AuthenticationManager manager;

    ConsoleLoginFilter(AuthenticationManager manager) {
        this.manager = manager;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!LOGIN.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getParameter("apiKey");
        String lang = "en".equals(request.getParameter("lang")) ? "&lang=en" : "";
        try {
            manager.authenticate(ApiKeyAuthentication.unchecked(key == null ? "" : key.strip()));
        } catch (AuthenticationException e) {
            response.sendRedirect(request.getContextPath() + "/console/login?error" + lang);
            return;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation: the signed-in session gets a new id
        request.getSession().setAttribute(ConsoleSessionFilter.KEY, key.strip());
        response.sendRedirect(request.getContextPath() + "/console/");
    }
}
