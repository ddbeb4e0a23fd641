package org.jifen.api.evaluation;

import org.jifen.engine.policy.AwardOutcome;

/**
 * One award in an evaluation result; {@code requested} and {@code points} are signed. {@code kind}
 * is POINTS, WARNING, HONOUR or SUSPENSION (null in results stored before warnings existed: POINTS), {@code note}
 * why it was cut (已达上限, 扣完为止, 未达参评资格) or null; for a SUSPENSION its scope and last day ("户 2027-12-31").
 */
public record AwardView(String rule, String category, int requested, int points, boolean capped, String reason,
        String kind, String note) {

    public static AwardView of(AwardOutcome outcome) {
        return new AwardView(outcome.rule(), outcome.category(), outcome.requested(), outcome.points(),
                outcome.capped(), outcome.reason(), outcome.kind().name(), outcome.note());
    }

    /** Whether this award suspends redemption (its {@code note} says whom and through which day). */
    boolean suspension() {
        return AwardOutcome.Kind.SUSPENSION.name().equals(kind);
    }
}
