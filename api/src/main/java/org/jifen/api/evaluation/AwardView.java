package org.jifen.api.evaluation;

import org.jifen.engine.policy.AwardOutcome;

/** One award in an evaluation result; {@code requested} and {@code points} are signed. */
public record AwardView(String rule, String category, int requested, int points, boolean capped, String reason) {

    public static AwardView of(AwardOutcome outcome) {
        return new AwardView(outcome.rule(), outcome.category(), outcome.requested(), outcome.points(),
                outcome.capped(), outcome.reason());
    }
}
