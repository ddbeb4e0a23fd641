package org.jifen.api.evaluation;

import org.jifen.facts.Evidence;

/** An evidence input checked and converted to village time, with its canonical payload and hash. */
record PreparedEvidence(Evidence fact, String payload, String payloadHash) {
}
