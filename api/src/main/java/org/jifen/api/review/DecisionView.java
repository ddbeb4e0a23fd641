package org.jifen.api.review;

import java.time.LocalDateTime;
import org.jifen.persistence.review.ReviewDecisionRow;

/** One reviewer's decision: the holder of the key that made it, and that key (null before keys were recorded). */
record DecisionView(String reviewer, String keyId, String decision, String note, LocalDateTime decidedAt) {

    static DecisionView of(ReviewDecisionRow row) {
        return new DecisionView(row.reviewer(), row.keyId(), row.decision(), row.note(), row.decidedAt());
    }
}
