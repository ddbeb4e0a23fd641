package org.jifen.api.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/villages/{village}/evaluations}: the submission pipeline's entry point. */
@RestController
@RequestMapping("/api/v1/villages/{village}/evaluations")
class EvaluationController {

    private final EvaluationService service;

    EvaluationController(EvaluationService service) {
        this.service = service;
    }

    /**
     * 200 with a result per evidence when at least one succeeded (or was replayed); when none
     * did, a problem with the results attached: 409 if any conflicted, else 503 with Retry-After if
     * the request's budget left any NOT_EVALUATED (send it again), else 422.
     */
    @Operation(summary = "Evaluate a batch of evidence against the village's policy and credit the awards")
    @PostMapping
    ResponseEntity<?> evaluate(@PathVariable String village, @Valid @RequestBody EvaluationRequest request) {
        EvaluationResponse response = service.evaluate(village, request);
        if (response.results().stream().anyMatch(EvidenceResult::succeeded)) {
            return ResponseEntity.ok(response);
        }
        boolean conflict = response.results().stream().anyMatch(r -> r.status() == EvidenceResult.Status.CONFLICT);
        EvidenceResult left = response.results().stream()
                .filter(r -> r.status() == EvidenceResult.Status.NOT_EVALUATED).findFirst().orElse(null);
        HttpStatus status = conflict ? HttpStatus.CONFLICT
                : left != null ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_ENTITY;
        EvidenceResult first = conflict || left == null ? response.results().get(0) : left;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, first.detail());
        problem.setTitle(conflict ? "Evidence conflict" : "Evidence not evaluated");
        problem.setType(URI.create("https://jifen.org/problems/" + first.status().name().toLowerCase().replace('_', '-')));
        problem.setProperty("results", response.results());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return answer.body(problem);
    }
}
