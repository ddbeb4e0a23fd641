package org.jifen.api.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page, in place of Spring Boot's: whatever is forwarded here (an error raised in a
 * filter, a {@code sendError} from the servlet container or from security) is answered as
 * problem+json with a generic detail for its status; the exception and its message stay in the log.
 * A request for {@code /error} itself is a 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(Problems.PROBLEM_JSON_UTF8)
                    .body(ProblemAdvice.noSuchPath());
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus answered = known == null || status < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        ProblemDetail problem = Problems.problem(answered, Problems.title(answered.value()), detail(answered));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/")) {
            try {
                problem.setInstance(java.net.URI.create(path));
            } catch (IllegalArgumentException ignored) {
                // not a valid URI: leave instance out
            }
        }
        return ResponseEntity.status(answered).contentType(Problems.PROBLEM_JSON_UTF8).body(problem);
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request is not valid HTTP or cannot be read";
            case UNAUTHORIZED -> "an API key is required: send it in the X-Api-Key header";
            case FORBIDDEN -> "this API key may not do this";
            case NOT_FOUND -> "there is nothing at this path";
            case METHOD_NOT_ALLOWED -> "this method is not allowed here";
            case NOT_ACCEPTABLE -> "the Accept header excludes application/json";
            case PAYLOAD_TOO_LARGE -> "the request body is larger than the service accepts";
            case UNSUPPORTED_MEDIA_TYPE -> "the Content-Type is not accepted here";
            case SERVICE_UNAVAILABLE -> "the service is busy or unavailable; retry later";
            default -> status.is5xxServerError() ? "an unexpected error occurred; it has been logged"
                    : "the request cannot be processed";
        };
    }
}
