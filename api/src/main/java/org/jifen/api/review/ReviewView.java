package org.jifen.api.review;

import java.util.List;
import org.jifen.api.evaluation.AwardView;

/**
 * Where a pending evidence's review stands: PENDING, AWAITING_SECOND_REVIEW, APPROVED or REJECTED;
 * {@code awards} what its approval credited (with {@code policyVersion}), {@code provisionalAwards}
 * what it would, while it is open.
 */
record ReviewView(String evidenceId, String status, List<DecisionView> reviews, List<AwardView> awards,
        Integer policyVersion, int provisionalPoints, List<AwardView> provisionalAwards) {
}
