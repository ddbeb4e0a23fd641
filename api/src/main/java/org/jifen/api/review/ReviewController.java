package org.jifen.api.review;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Review of evidence submitted PENDING: decisions and the queue. */
@RestController
@Validated
@RequestMapping("/api/v1/villages/{village}")
class ReviewController {

    private final ReviewService service;

    ReviewController(ReviewService service) {
        this.service = service;
    }

    @Operation(summary = "Approve (credit) or reject (drop) the provisional awards of pending evidence",
            description = "The decision is the key's: the reviewer recorded is the key's holder, and the "
                    + "independence rules are checked against the key's member. The optional field reviewer must "
                    + "equal the holder (else 422). Two-reviewer evidence needs approvals from two keys of "
                    + "different people.")
    @PostMapping("/evidence/{evidence}/review")
    ReviewView review(@PathVariable String village, @PathVariable String evidence,
            @Valid @RequestBody ReviewRequest request) {
        return service.review(village, evidence, request);
    }

    @Operation(summary = "The review queue: evidence awaiting a decision, oldest first")
    @GetMapping("/reviews/pending")
    PendingPage pending(@PathVariable String village,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset) {
        return service.pending(village, limit, offset);
    }
}
