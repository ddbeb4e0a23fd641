package org.jifen.api.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jifen.facts.Evidence;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.review.ReviewItemRow;

/**
 * Provisional awards of PENDING evidence (the {@link Evaluator} computes them): the awards it would
 * get were it approved, evaluated as approved, dry, against the same history, less those of rules
 * that already credited it as pending (a points-list row with {@code requires_approval=false}),
 * which approval never credits twice. And the review-queue item that shows them.
 */
final class Provisional {

    private Provisional() {
    }

    static boolean applies(Evidence fact) {
        return Evidence.PENDING.equals(fact.status());
    }

    /** The fact with status APPROVED. */
    static Evidence asApproved(Evidence e) {
        return new Evidence(e.id(), e.type(), e.memberId(), e.reporterId(), e.occurredAt(), e.minutes(), e.quantity(),
                e.photos(), Evidence.APPROVED, e.attrs());
    }

    static int points(List<AwardView> awards) {
        return awards.stream().mapToInt(AwardView::points).sum();
    }

    /** The review queue item of stored PENDING evidence. */
    static ReviewItemRow item(String village, Evidence fact, MemberRow member, EvidenceResult result, int version,
            ObjectMapper json) {
        try {
            return ReviewItemRow.pending(village, fact.id(), fact.memberId(), member.householdId(), fact.type(),
                    fact.occurredAt(), points(result.provisionalAwards()),
                    json.writeValueAsString(result.provisionalAwards()), version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
