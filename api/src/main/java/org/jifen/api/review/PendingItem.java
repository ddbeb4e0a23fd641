package org.jifen.api.review;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.jifen.api.evaluation.AwardView;

/**
 * One evidence of the review queue. {@code occurredAt} is village time (as submitted);
 * {@code submittedAt} is the moment it arrived, in village time with its offset (2026-11-18T08:30:00+08:00).
 * {@code typeName} is the type's name in the village's {@code types:} dictionary, {@code photoUrls} the
 * http(s) addresses among the evidence's attributes; names are null when not registered.
 */
record PendingItem(String evidenceId, String memberId, String memberName, String householdId, String type,
        String typeName, LocalDateTime occurredAt, String status, int provisionalPoints,
        List<AwardView> provisionalAwards, List<DecisionView> reviews, OffsetDateTime submittedAt,
        String reporterId, String reporterName, Integer photos, List<String> photoUrls) {
}
