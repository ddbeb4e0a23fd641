package org.jifen.engine.history;

import java.util.HashSet;
import java.util.Set;

/** Credited awards under one key in one period; counts each evidence once. */
final class PeriodCounter {

    int awards;
    int points;
    int positivePoints;
    int negativePoints;
    int warnings;
    private String lastEvidence;
    private Set<String> evidence;

    /** A credited award, or a warning when {@code credited} is 0 (counted as evidence, not as an award). */
    void add(String evidenceId, int credited) {
        if (credited == 0) {
            warnings++;
        } else {
            awards++;
        }
        points += credited;
        positivePoints += Math.max(credited, 0);
        negativePoints -= Math.min(credited, 0);
        if (evidenceId.equals(lastEvidence)) {
            return;
        }
        if (lastEvidence != null && evidence == null) {
            evidence = new HashSet<>();
            evidence.add(lastEvidence);
        }
        if (evidence != null) {
            evidence.add(evidenceId);
        }
        lastEvidence = evidenceId;
    }

    int evidenceCount() {
        if (evidence != null) {
            return evidence.size();
        }
        return lastEvidence == null ? 0 : 1;
    }
}
