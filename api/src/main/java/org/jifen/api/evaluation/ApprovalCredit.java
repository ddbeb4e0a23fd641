package org.jifen.api.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.api.freeze.RuleFreezes;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Participant;
import org.jifen.facts.Evidence;
import org.jifen.persistence.correction.CorrectionMapper;
import org.jifen.persistence.evidence.EvidenceRow;
import org.jifen.persistence.evidence.StoredEvidence;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.member.MemberRow;
import org.springframework.stereotype.Component;

/**
 * Credits stored evidence on its approval, through the {@link Evaluator} on the evaluate path's
 * terms: the policy active now, the member's history loaded as a batch loads it (without this
 * evidence's own entries), caps applied now. Evidence with participants credits each registered
 * participant as that member. Rules that already credited the evidence for a member (pending
 * evidence a points-list row with {@code requires_approval=false} awarded at submission) are not
 * credited again.
 */
@Component
public class ApprovalCredit {

    private final Evaluator evaluator;
    private final LedgerMapper ledger;
    private final CorrectionMapper corrections;
    private final RuleFreezes freezes;

    ApprovalCredit(Evaluator evaluator, LedgerMapper ledger, CorrectionMapper corrections, RuleFreezes freezes) {
        this.freezes = freezes;
        this.evaluator = evaluator;
        this.ledger = ledger;
        this.corrections = corrections;
    }

    /** What an approval credited: the policy version and the awards (capped ones included, with 0 points). */
    public record Credited(int policyVersion, List<AwardView> awards) {
    }

    /** The member ids an approval of {@code stored} credits, to lock: its participants, or its member. */
    public static List<String> creditedIds(EvidenceRow stored) {
        List<Participant> participants = StoredPayloads.participants(row(stored));
        return participants.isEmpty() ? List.of(stored.memberId())
                : participants.stream().map(Participant::memberId).toList();
    }

    /**
     * Evaluates {@code stored} as approved and writes its ledger entries (kind AWARD, source
     * {@code sourceId}). Call inside a READ COMMITTED transaction holding the locks on the credited
     * members and their households ({@link HouseholdLocks}); {@code members} are their locked rows
     * (an id without a row is not registered).
     *
     * @throws org.jifen.engine.policy.EvaluationException when a runtime guard stops the evaluation
     */
    public Credited credit(CompiledPolicy policy, EvidenceRow stored, Map<String, MemberRow> members,
            String sourceId, String operator, String reason) {
        String village = policy.villageId();
        Evidence fact = Provisional.asApproved(StoredPayloads.read(row(stored)));
        List<Participant> participants = StoredPayloads.participants(row(stored));
        List<Evidence> facts = participants.isEmpty() ? List.of(fact) : participants.stream()
                .filter(p -> members.containsKey(p.memberId()))
                .map(p -> fact.forParticipant(p.memberId(), p.role())).toList();
        Histories histories = evaluator.historiesFor(village, facts, id -> members.get(id).householdId(),
                policy::usesStreakOf, Set.of(fact.id()));
        List<AwardView> evaluated;
        if (participants.isEmpty()) {
            MemberRow member = members.get(fact.memberId());
            evaluated = evaluator.evaluate(policy, fact, Evaluator.member(member), histories.member(fact.memberId()),
                    histories.household(member.householdId(), fact.memberId()), false).awards();
        } else {
            evaluated = evaluator.evaluateParticipants(policy, fact, participants, members::get, histories, false)
                    .awards();
        }
        List<LedgerRow> earlier = corrections.awardsOfEvidence(village, fact.id());
        Set<String> already = earlier.stream().map(r -> r.memberId() + "/" + r.ruleName()).collect(Collectors.toSet());
        int firstSeq = earlier.stream().mapToInt(LedgerRow::awardSeq).max().orElse(-1) + 1;
        List<AwardView> awards = new ArrayList<>(evaluated.stream()
                .filter(a -> !already.contains(a.memberId() + "/" + a.rule())).toList());
        ledger.insertAll(LedgerRows.of(village, fact, id -> members.get(id).householdId(), awards,
                policy.version(), firstSeq, new Evaluator.Provenance(sourceId, operator, reason)));
        freezes.apply(village, RuleSuspensions.freezes(village, fact, id -> members.get(id).householdId(), awards));
        return new Credited(policy.version(), awards);
    }

    private static StoredEvidence row(EvidenceRow stored) {
        return new StoredEvidence(stored.evidenceId(), stored.memberId(), stored.occurredAt(), stored.payload(),
                stored.status());
    }
}
