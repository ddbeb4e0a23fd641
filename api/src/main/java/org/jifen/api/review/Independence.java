package org.jifen.api.review;

import org.jifen.api.ledger.LedgerProblem;
import org.jifen.api.policy.simulate.StoredPayloads;
import org.jifen.facts.Evidence;
import org.jifen.persistence.evidence.EvidenceRow;
import org.jifen.persistence.evidence.StoredEvidence;
import org.jifen.persistence.member.MemberRow;

/**
 * Nobody reviews their own evidence: not the member it is about, not whoever reported it, and not
 * anyone of the member's household. The reviewer id is looked up among the village's members; a
 * reviewer who is not a member (staff of the sub-district, say) has no household.
 */
final class Independence {

    private Independence() {
    }

    /** @throws LedgerProblem (422, field reviewer) when {@code reviewer} may not review {@code stored} */
    static void check(EvidenceRow stored, MemberRow member, MemberRow reviewerAsMember, String reviewer) {
        if (reviewer.equals(stored.memberId())) {
            throw LedgerProblem.refused("reviewer", reviewer + " may not review their own evidence "
                    + stored.evidenceId());
        }
        Evidence fact = StoredPayloads.read(new StoredEvidence(stored.evidenceId(), stored.memberId(),
                stored.occurredAt(), stored.payload(), stored.status()));
        if (reviewer.equals(fact.reporterId())) {
            throw LedgerProblem.refused("reviewer", reviewer + " reported evidence " + stored.evidenceId()
                    + " and may not review it");
        }
        String household = member.householdId();
        if (household != null && reviewerAsMember != null && household.equals(reviewerAsMember.householdId())) {
            throw LedgerProblem.refused("reviewer", reviewer + " belongs to household " + household + ", as "
                    + stored.memberId() + " does, and may not review evidence " + stored.evidenceId());
        }
    }
}
