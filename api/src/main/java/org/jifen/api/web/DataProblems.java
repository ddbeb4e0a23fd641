package org.jifen.api.web;

import static org.jifen.api.web.Problems.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problems of the data and its availability: a busy service, an unavailable database, a refused value. */
final class DataProblems {

    /** Logged as {@link ProblemAdvice}, as before the split. */
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private DataProblems() {
    }

    static ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service busy", e.getMessage()));
    }

    static ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
    }

    static ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("database unavailable or contended, answered 503: {}", oneLine(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                        "the database is busy or unavailable; retry the same request, it is idempotent"));
    }

    /** The exception and its root cause, each as the first line of its message: no stack trace, one log line. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String line = firstLine(e);
        return root == e ? line : line + " (" + firstLine(root) + ")";
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + ": " + message;
    }

    /**
     * A value the database refused (too long, out of range, a duplicate). Validation should have
     * caught it first; this is the safety net that keeps it a client error without showing the SQL.
     */
    static ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("the database refused a value that validation let through: {}", e.getMostSpecificCause().toString());
        if (e instanceof DuplicateKeyException) {
            return problem(HttpStatus.CONFLICT, "Conflict", "the resource was created by another request meanwhile; "
                    + "retry the request");
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "a value in the request cannot be stored: it is too long or out of range");
    }
}
