package org.jifen.api.policy.simulate;

import org.jifen.api.evaluation.Evaluator;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Member;
import org.jifen.persistence.member.MemberRow;

/** One member's state across the replay: one history per policy, both seeded from the same ledger entries. */
final class MemberState {
    final String id;
    final Member fact;
    final String householdId;
    final MemberHistory baseline;
    final MemberHistory candidate;
    long baselinePoints;
    long candidatePoints;
    int replayed;

    MemberState(String id, MemberRow row, MemberHistory seed) {
        this.id = id;
        this.fact = row == null ? null : Evaluator.member(row);
        this.householdId = row == null ? null : row.householdId();
        this.baseline = seed;
        this.candidate = seed.copy();
    }
}
