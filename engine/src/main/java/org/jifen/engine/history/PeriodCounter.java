package org.jifen.engine.history;

import java.util.HashSet;
import java.util.Set;

/** Credited awards under one key in one period; counts each evidence once. */
final class PeriodCounter {

    int awards;
    int points;
    int positivePoints;
    private String lastEvidence;
    private Set<String> evidence;

    void add(String evidenceId, int credited) {
        awards++;
        points += credited;
        positivePoints += Math.max(credited, 0);
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
