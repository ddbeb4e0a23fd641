package org.jifen.api.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.api.freeze.RuleFreezes;
import org.jifen.engine.policy.CompiledPolicy;
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
 * evidence's own entries), caps applied now. Rules that already credited the evidence (pending
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

    /**
     * Evaluates {@code stored} as approved and writes its ledger entries (kind AWARD, source
     * {@code sourceId}). Call inside a READ COMMITTED transaction holding the lock on {@code member} and its household
     * ({@link HouseholdLocks}).
     *
     * @throws org.jifen.engine.policy.EvaluationException when a runtime guard stops the evaluation
     */
    public Credited credit(CompiledPolicy policy, EvidenceRow stored, MemberRow member, String sourceId,
            String operator, String reason) {
        String village = policy.villageId();
        Evidence fact = Provisional.asApproved(StoredPayloads.read(
                new StoredEvidence(stored.evidenceId(), stored.memberId(), stored.occurredAt(), stored.payload(),
                        stored.status())));
        Histories histories = evaluator.historiesFor(village, List.of(fact), id -> member.householdId(),
                policy::usesStreakOf, Set.of(fact.id()));
        Evaluator.Evaluated evaluated = evaluator.evaluate(policy, fact, Evaluator.member(member),
                histories.member(fact.memberId()), histories.household(member.householdId(), fact.memberId()), false);
        List<LedgerRow> earlier = corrections.awardsOfEvidence(village, fact.id());
        Set<String> already = earlier.stream().map(LedgerRow::ruleName).collect(Collectors.toSet());
        int firstSeq = earlier.stream().mapToInt(LedgerRow::awardSeq).max().orElse(-1) + 1;
        List<AwardView> awards = new ArrayList<>(evaluated.awards().stream()
                .filter(a -> !already.contains(a.rule())).toList());
        ledger.insertAll(Evaluator.ledgerRows(village, fact, member.householdId(), awards, policy.version(), firstSeq,
                new Evaluator.Provenance(sourceId, operator, reason)));
        freezes.apply(village, RuleSuspensions.freezes(village, fact, member.householdId(), awards));
        return new Credited(policy.version(), awards);
    }
}
