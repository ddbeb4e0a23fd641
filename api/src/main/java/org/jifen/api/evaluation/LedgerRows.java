package org.jifen.api.evaluation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jifen.engine.history.ForPeriod;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.facts.Evidence;
import org.jifen.persistence.ledger.LedgerKind;
import org.jifen.persistence.ledger.LedgerRow;

/** The ledger rows of an evaluated evidence's credited awards (live batches and approval write them). */
final class LedgerRows {

    private LedgerRows() {
    }

    /** As {@link #of(String, Evidence, Function, List, int, int, Evaluator.Provenance)} for evidence of one member. */
    static List<LedgerRow> of(String village, Evidence fact, String householdId,
            List<AwardView> awards, int version, int firstSeq, Evaluator.Provenance provenance) {
        return of(village, fact, id -> householdId, awards, version, firstSeq, provenance);
    }

    /**
     * The ledger rows of the credited awards, numbered from {@code firstSeq} (across participants):
     * kind AWARD for those that move points, WARNING (0 points, the rule's text as its reason) for warnings, SUSPENSION (0 points, its
     * last day in the reason; its freeze comes from {@link RuleSuspensions#freezes}), each for the award's
     * member (the evidence's when the award names none) and that member's household
     * ({@code householdOf}). Evidence with {@code forPeriod} is dated the first day of that period
     * (what caps and tallies count it on), else the day it occurred.
     */
    static List<LedgerRow> of(String village, Evidence fact, Function<String, String> householdOf,
            List<AwardView> awards, int version, int firstSeq, Evaluator.Provenance provenance) {
        List<LedgerRow> rows = new ArrayList<>(awards.size());
        LocalDateTime at = fact.attr(ForPeriod.ATTRIBUTE) == null ? fact.occurredAt()
                : ForPeriod.day(fact).atStartOfDay();
        int seq = firstSeq;
        for (AwardView award : awards) {
            boolean warning = AwardOutcome.Kind.WARNING.name().equals(award.kind());
            if (award.points() != 0 || warning || award.suspension()) {
                String member = award.memberId() == null ? fact.memberId() : award.memberId();
                rows.add(new LedgerRow(village, null, member, householdOf.apply(member), fact.id(), seq++, fact.type(),
                        at, award.rule(), award.category(), award.requested(), award.points(), version,
                        warning ? LedgerKind.WARNING : award.suspension() ? LedgerKind.SUSPENSION : LedgerKind.AWARD,
                        provenance.sourceId(), null, provenance.operator(),
                        award.suspension() ? RuleSuspensions.reason(award) : warning ? award.reason()
                                : provenance.reason(), null));
            }
        }
        return rows;
    }
}
