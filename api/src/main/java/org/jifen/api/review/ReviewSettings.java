package org.jifen.api.review;

import org.jifen.engine.policy.CompiledPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The village's review settings ({@code village.yaml settings:}). */
final class ReviewSettings {

    private static final Logger log = LoggerFactory.getLogger(ReviewSettings.class);

    /** Evidence whose provisional points exceed this (in absolute value) needs two distinct reviewers. */
    static final String SECOND_REVIEWER_ABOVE = "review.secondReviewerAbove";

    private ReviewSettings() {
    }

    /** The village's {@value #SECOND_REVIEWER_ABOVE}; without one (or not a whole number), one reviewer always suffices. */
    static long secondReviewerAbove(CompiledPolicy policy) {
        String setting = policy.config().settings().get(SECOND_REVIEWER_ABOVE);
        if (setting == null || setting.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            return Math.max(0, Long.parseLong(setting.strip()));
        } catch (NumberFormatException e) {
            log.warn("village {}: setting {} is not a whole number ({}); one reviewer suffices", policy.villageId(),
                    SECOND_REVIEWER_ABOVE, setting);
            return Long.MAX_VALUE;
        }
    }
}
