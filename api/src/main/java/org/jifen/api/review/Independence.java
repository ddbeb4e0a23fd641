package org.jifen.api.review;

import org.jifen.api.ledger.LedgerProblem;
import org.jifen.api.evaluation.StoredPayloads;
import org.jifen.facts.Evidence;
import org.jifen.persistence.evidence.EvidenceRow;
import org.jifen.persistence.evidence.StoredEvidence;
import org.jifen.persistence.member.MemberRow;

/**
 * Nobody reviews their own evidence: not the member it is about, not whoever reported it, not a
 * participant of it, and not anyone of the household of the member or of a participant. The reviewer is the key's holder; the member checked is the
 * one the key names ({@code memberId} of this village). A key without one (staff of the
 * sub-district, say) has no household, but its holder's name still may not be the evidence's
 * member or reporter id.
 */
final class Independence {

    private Independence() {
    }

    /**
     * @param members the evidence's member and its registered participants
     * @param reviewerAsMember the key's member when it is of this village and registered, else null
     * @throws LedgerProblem (422, field reviewer) when {@code reviewer} may not review {@code stored}
     */
    static void check(EvidenceRow stored, java.util.Collection<MemberRow> members, Reviewer reviewer,
            MemberRow reviewerAsMember) {
        String village = stored.villageId();
        String evidence = stored.evidenceId();
        if (reviewer.isMember(village, stored.memberId()) || reviewer.holder().equals(stored.memberId())) {
            throw LedgerProblem.refused("reviewer", reviewer.described() + " may not review their own evidence "
                    + evidence);
        }
        Evidence fact = StoredPayloads.read(new StoredEvidence(evidence, stored.memberId(), stored.occurredAt(),
                stored.payload(), stored.status()));
        String reporter = fact.reporterId();
        if (reporter != null && (reviewer.isMember(village, reporter) || reviewer.holder().equals(reporter))) {
            throw LedgerProblem.refused("reviewer", reviewer.described() + " reported evidence " + evidence
                    + " and may not review it");
        }
        for (org.jifen.engine.policy.Participant p : StoredPayloads.participants(new StoredEvidence(evidence,
                stored.memberId(), stored.occurredAt(), stored.payload(), stored.status()))) {
            if (reviewer.isMember(village, p.memberId()) || reviewer.holder().equals(p.memberId())) {
                throw LedgerProblem.refused("reviewer", reviewer.described() + " is a participant of evidence "
                        + evidence + " and may not review it");
            }
        }
        for (MemberRow member : members) {
            String household = member.householdId();
            if (household != null && reviewerAsMember != null && household.equals(reviewerAsMember.householdId())) {
                throw LedgerProblem.refused("reviewer", reviewer.described() + " belongs to household " + household
                        + ", as " + member.memberId() + " does, and may not review evidence " + evidence);
            }
        }
    }
}
