package org.jifen.api.redemption;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.jifen.api.redemption.RedemptionResult.Status;
import org.jifen.api.web.NotFoundException;
import org.jifen.api.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Redemptions at the points supermarket and at partner merchants. A batch answers 200 with a
 * result per key; a request of one redemption that is refused answers with a problem instead:
 * 409 (not enough points — with {@code balance} and {@code price} —, out of stock, key reused for
 * other content, merchant of another region) or 404 (unknown member, item or merchant).
 */
@RestController
@RequestMapping("/api/v1/villages/{village}/redemptions")
class RedemptionController {

    private static final Set<Status> NOT_FOUND = Set.of(Status.UNKNOWN_MEMBER, Status.UNKNOWN_ITEM,
            Status.UNKNOWN_MERCHANT);

    private final RedemptionService service;

    RedemptionController(RedemptionService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<?> redeem(@PathVariable String village, @Valid @RequestBody RedemptionRequest request) {
        List<RedemptionResult> results = service.redeem(village, request);
        if (results.size() == 1) {
            RedemptionResult only = results.get(0);
            if (NOT_FOUND.contains(only.status())) {
                throw new NotFoundException(only.detail());
            }
            if (only.status() != Status.REDEEMED && only.status() != Status.REPLAYED) {
                ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, title(only.status()), only.detail());
                problem.setProperty("key", only.key());
                problem.setProperty("result", only.status().name());
                if (only.balance() != null) {
                    problem.setProperty("balance", only.balance());
                }
                if (only.price() != null) {
                    problem.setProperty("price", only.price());
                }
                return ResponseEntity.status(HttpStatus.CONFLICT).contentType(Problems.PROBLEM_JSON_UTF8).body(problem);
            }
        }
        return ResponseEntity.ok(new RedemptionResponse(village, results));
    }

    @PostMapping("/{key}/cancel")
    CancelView cancel(@PathVariable String village, @PathVariable String key, @Valid @RequestBody CancelRequest request) {
        return service.cancel(village, key, request);
    }

    private static String title(Status status) {
        return switch (status) {
            case INSUFFICIENT_POINTS -> "Insufficient points";
            case OUT_OF_STOCK -> "Out of stock";
            case KEY_CONFLICT -> "Key already used";
            case FROZEN -> "Redemption suspended";
            default -> "Merchant not in region";
        };
    }
}
