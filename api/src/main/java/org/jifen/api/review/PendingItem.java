package org.jifen.api.review;

import java.time.LocalDateTime;
import java.util.List;
import org.jifen.api.evaluation.AwardView;

/** One evidence of the review queue. */
record PendingItem(String evidenceId, String memberId, String householdId, String type, LocalDateTime occurredAt,
        String status, int provisionalPoints, List<AwardView> provisionalAwards, List<DecisionView> reviews,
        LocalDateTime submittedAt) {
}
