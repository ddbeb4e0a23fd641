package org.jifen.api.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.review.ReviewItemRow;

/**
 * Provisional awards of PENDING evidence: the awards it would get were it approved (evaluated as
 * approved, dry, against the same history), less those of rules that already credited it as
 * pending (a points-list row with {@code requires_approval=false}), which approval never credits twice.
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

    /** What approving {@code fact} would add to {@code actual}, its evaluation as submitted. */
    static List<AwardView> awards(CompiledPolicy policy, Evidence fact, Member member, MemberHistory history,
            Evaluation actual) {
        Set<String> credited = actual.credited().stream().map(AwardOutcome::rule).collect(Collectors.toSet());
        return policy.evaluate(asApproved(fact), member, history).awards().stream()
                .filter(a -> !credited.contains(a.rule())).map(AwardView::of).toList();
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
