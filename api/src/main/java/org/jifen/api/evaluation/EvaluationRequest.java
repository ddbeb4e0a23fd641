package org.jifen.api.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A batch of up to 1,000 evidence to evaluate; {@code dryRun} evaluates and writes nothing. */
record EvaluationRequest(
        @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull EvidenceInput> evidence,
        boolean dryRun) {
}
