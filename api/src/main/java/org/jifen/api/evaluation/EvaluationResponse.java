package org.jifen.api.evaluation;

import java.util.List;

/** The results of a batch, one per evidence, in request order. */
record EvaluationResponse(String villageId, boolean dryRun, List<EvidenceResult> results) {
}
