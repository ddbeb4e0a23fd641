package org.jifen.api.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.facts.Evidence;
import org.jifen.persistence.correction.CorrectionMapper;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.evidence.EvidenceRow;
import org.jifen.persistence.evidence.StoredEvidence;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.member.MemberRow;
import org.springframework.stereotype.Component;

/**
 * Credits stored evidence on its approval, on the evaluate path's terms: the policy active now,
 * the member's history loaded as a batch loads it (without this evidence's own entries), caps
 * applied now. Rules that already credited the evidence (pending evidence a points-list row with
 * {@code requires_approval=false} awarded at submission) are not credited again.
 */
@Component
public class ApprovalCredit {

    private final EvidenceMapper evidence;
    private final LedgerMapper ledger;
    private final CorrectionMapper corrections;

    ApprovalCredit(EvidenceMapper evidence, LedgerMapper ledger, CorrectionMapper corrections) {
        this.evidence = evidence;
        this.ledger = ledger;
        this.corrections = corrections;
    }

    /** What an approval credited: the policy version and the awards (capped ones included, with 0 points). */
    public record Credited(int policyVersion, List<AwardView> awards) {
    }

    /**
     * Evaluates {@code stored} as approved and writes its ledger entries (kind AWARD, source
     * {@code sourceId}). Call inside a READ COMMITTED transaction holding the lock on {@code member}.
     *
     * @throws org.jifen.engine.policy.EvaluationException when a runtime guard stops the evaluation
     */
    public Credited credit(CompiledPolicy policy, EvidenceRow stored, MemberRow member, String sourceId,
            String operator, String reason) {
        String village = policy.villageId();
        Evidence fact = Provisional.asApproved(StoredPayloads.read(
                new StoredEvidence(stored.evidenceId(), stored.memberId(), stored.occurredAt(), stored.payload(),
                        stored.status())));
        MemberHistory history = MemberHistories.load(village, List.of(fact), policy::usesStreakOf, ledger, evidence,
                Set.of(fact.id())).get(fact.memberId());
        Evaluation evaluation = policy.evaluate(fact, BatchEvaluation.member(member), history);
        List<LedgerRow> earlier = corrections.awardsOfEvidence(village, fact.id());
        Set<String> already = earlier.stream().map(LedgerRow::ruleName).collect(Collectors.toSet());
        int seq = earlier.stream().mapToInt(LedgerRow::awardSeq).max().orElse(-1) + 1;
        List<AwardView> awards = new ArrayList<>();
        List<LedgerRow> rows = new ArrayList<>();
        for (AwardView award : evaluation.awards().stream().map(AwardView::of).toList()) {
            if (already.contains(award.rule())) {
                continue;
            }
            awards.add(award);
            if (award.points() != 0) {
                rows.add(new LedgerRow(village, null, fact.memberId(), member.householdId(), fact.id(), seq++,
                        fact.type(), fact.occurredAt(), award.rule(), award.category(), award.requested(),
                        award.points(), policy.version(), LedgerRow.AWARD, sourceId, null, operator, reason, null));
            }
        }
        ledger.insertAll(rows);
        return new Credited(policy.version(), awards);
    }
}
