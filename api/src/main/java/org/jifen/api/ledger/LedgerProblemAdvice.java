package org.jifen.api.ledger;

import java.util.List;
import java.util.Map;
import org.jifen.api.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem+json for a refused review, reversal or adjustment; other errors fall through to the service-wide advice. */
@RestControllerAdvice(basePackages = {"org.jifen.api.ledger", "org.jifen.api.review"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerProblemAdvice {

    @ExceptionHandler(LedgerProblem.class)
    ProblemDetail refused(LedgerProblem e) {
        String title = e.status() == HttpStatus.CONFLICT ? "Conflict" : "Not allowed";
        ProblemDetail problem = Problems.problem(e.status(), title,
                e.field() == null ? e.getMessage() : e.field() + ": " + e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        }
        return problem;
    }
}
