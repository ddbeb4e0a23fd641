package org.jifen.engine.cases;

import java.util.List;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/** One sample case: a member, their prior credited entries, evidence in order, and the awards expected. */
record SampleCase(String file, String name, Member member, List<HistoryEntry> history, List<Evidence> evidence,
        List<ExpectedAward> expect) {

    /** An expected credited award; {@code category} and {@code requested} are checked when given. */
    record ExpectedAward(String evidence, String rule, int points, String category, Integer requested) {

        boolean matches(String evidenceId, String ruleName, int credited) {
            return evidence.equals(evidenceId) && rule.equals(ruleName) && points == credited;
        }

        @Override
        public String toString() {
            return "{evidence: " + evidence + ", rule: " + rule + ", points: " + points
                    + (category == null ? "" : ", category: " + category)
                    + (requested == null ? "" : ", requested: " + requested) + "}";
        }
    }
}
