package org.jifen.api.policy.simulate;

import org.jifen.api.evaluation.Evaluator;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Member;
import org.jifen.persistence.member.MemberRow;

/**
 * One member's state across the replay: one history per policy, both seeded from the same ledger
 * entries, and the household's history per policy, shared with the other members of the household
 * (the member's own histories when the member has no household).
 */
final class MemberState {
    final String id;
    /** The member row, null when not registered. */
    final MemberRow row;
    final Member fact;
    final String householdId;
    final MemberHistory baseline;
    final MemberHistory candidate;
    final Histories household;
    long baselinePoints;
    long candidatePoints;
    int replayed;

    /** A pair of histories, one per policy: the household's, seeded from the same ledger entries. */
    record Histories(MemberHistory baseline, MemberHistory candidate) {
        static Histories seededWith(MemberHistory seed) {
            return new Histories(seed, seed.copy());
        }
    }

    /** {@code household}: the household's histories, null when the member has none (or is not registered). */
    MemberState(String id, MemberRow row, MemberHistory seed, Histories household) {
        this.id = id;
        this.row = row;
        this.fact = row == null ? null : Evaluator.member(row);
        this.householdId = row == null ? null : row.householdId();
        this.baseline = seed;
        this.candidate = seed.copy();
        this.household = household == null ? new Histories(baseline, candidate) : household;
    }
}
