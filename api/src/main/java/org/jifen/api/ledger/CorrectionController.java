package org.jifen.api.ledger;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Corrections of the ledger, always by new entries: reversals and manual adjustments. 201 when written, 200 on a replay. */
@RestController
@Validated
@RequestMapping("/api/v1/villages/{village}")
class CorrectionController {

    private final ReversalService reversals;
    private final AdjustmentService adjustments;

    CorrectionController(ReversalService reversals, AdjustmentService adjustments) {
        this.reversals = reversals;
        this.adjustments = adjustments;
    }

    @Operation(summary = "Reverse one ledger entry (an award or adjustment) with a compensating entry")
    @PostMapping("/ledger/{entry}/reversal")
    ResponseEntity<CorrectionResult> reverseEntry(@PathVariable String village, @PathVariable long entry,
            @Valid @RequestBody ReversalRequest request) {
        return answer(reversals.reverseEntry(village, entry, request));
    }

    @Operation(summary = "Reverse every award of an evidence not reversed yet")
    @PostMapping("/evidence/{evidence}/reversal")
    ResponseEntity<CorrectionResult> reverseEvidence(@PathVariable String village, @PathVariable String evidence,
            @Valid @RequestBody ReversalRequest request) {
        return answer(reversals.reverseEvidence(village, evidence, request));
    }

    @Operation(summary = "A manual adjustment (奖惩) with operator and reason")
    @PostMapping("/adjustments")
    ResponseEntity<CorrectionResult> adjust(@PathVariable String village, @Valid @RequestBody AdjustmentRequest request) {
        return answer(adjustments.adjust(village, request));
    }

    private static ResponseEntity<CorrectionResult> answer(CorrectionResult result) {
        return ResponseEntity.status(result.replayed() ? 200 : 201).body(result);
    }
}
