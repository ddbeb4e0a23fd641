package org.jifen.api.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jifen.engine.policy.AwardOutcome;

/**
 * One award in an evaluation result; {@code requested} and {@code points} are signed. {@code kind}
 * is POINTS, WARNING, HONOUR or SUSPENSION (null in results stored before warnings existed: POINTS), {@code note}
 * why it was cut (已达上限, 扣完为止, 未达参评资格) or null; for a SUSPENSION its scope and last day ("户 2027-12-31").
 * {@code memberId} is the member it is for: the participant for evidence with participants, else the
 * evidence's member (null in results stored before participants existed).
 */
public record AwardView(String rule, String category, int requested, int points, boolean capped, String reason,
        String kind, String note, @JsonInclude(JsonInclude.Include.NON_NULL) String memberId) {

    /** The award without a member (the what-if's). */
    public static AwardView of(AwardOutcome outcome) {
        return of(outcome, null);
    }

    /** The award of {@code memberId}. */
    public static AwardView of(AwardOutcome outcome, String memberId) {
        return new AwardView(outcome.rule(), outcome.category(), outcome.requested(), outcome.points(),
                outcome.capped(), outcome.reason(), outcome.kind().name(), outcome.note(), memberId);
    }

    /** Whether this award suspends redemption (its {@code note} says whom and through which day). */
    boolean suspension() {
        return AwardOutcome.Kind.SUSPENSION.name().equals(kind);
    }
}
