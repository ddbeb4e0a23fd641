package org.jifen.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * The security errors as problem+json, like every other error: 401 (no key, or a key that is not
 * valid or revoked), 403 (a valid key without the permission, saying which), 400 for a request the
 * firewall refuses (encoded slashes, "..", …), 503 when keys cannot be checked. No internals.
 */
@Component
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    /** Request attribute: why authentication failed (set by the key filter). */
    static final String UNAUTHENTICATED = ProblemResponses.class.getName() + ".unauthenticated";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Object reason = request.getAttribute(UNAUTHENTICATED);
        String detail = reason != null ? reason.toString()
                : "this endpoint needs an API key: send it in the X-Api-Key header";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"X-Api-Key\"");
        write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Object reason = request.getAttribute(VillageAccess.DENIED);
        write(response, HttpStatus.FORBIDDEN, "Forbidden",
                reason != null ? reason.toString() : "this key may not do this");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.info("request rejected by the firewall: {}", e.getMessage());
        write(response, HttpStatus.BAD_REQUEST, "Invalid request",
                "the request URL or headers are not allowed (e.g. encoded slashes, '..' or ';' in the path)");
    }

    /** 503: keys cannot be checked (the database is unavailable). */
    void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        write(response, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "the API key cannot be checked now; retry the request");
    }

    void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://jifen.org/problems/" + title.toLowerCase().replace(' ', '-')));
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
