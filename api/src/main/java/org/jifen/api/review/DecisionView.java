package org.jifen.api.review;

import java.time.LocalDateTime;
import org.jifen.persistence.review.ReviewDecisionRow;

/** One reviewer's decision. */
record DecisionView(String reviewer, String decision, String note, LocalDateTime decidedAt) {

    static DecisionView of(ReviewDecisionRow row) {
        return new DecisionView(row.reviewer(), row.decision(), row.note(), row.decidedAt());
    }
}
