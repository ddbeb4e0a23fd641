package org.jifen.engine.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.history.ForPeriod;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.PeriodTotals;
import org.jifen.engine.history.TotalsScope;
import org.jifen.facts.Balance;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Streak;

/**
 * What one evidence is evaluated with besides itself, its member and the village: the facts rules
 * see (tallies, household tallies, balance, streak) and the counts caps, floors and the gate apply.
 */
record EvidenceFacts(List<Object> facts, Caps.Counts counts) {

    /**
     * The facts of {@code evidence} of {@code member} over {@code history} and {@code household}
     * ({@code history} itself, or null, for a household of one); {@code tallies}: whether rules see
     * Tally facts (not on the shared rule base of a points list).
     *
     * @throws EvaluationException when the evidence's {@code forPeriod} is malformed
     */
    static EvidenceFacts of(Evidence evidence, Member member, MemberHistory history, MemberHistory household,
            TotalsScope scope, BaseScore base, boolean tallies) {
        LocalDate day;
        try {
            day = ForPeriod.day(evidence);
        } catch (IllegalArgumentException e) {
            throw new EvaluationException("evidence " + evidence.id() + ": " + e.getMessage());
        }
        PeriodTotals totals = PeriodTotals.of(history, day, scope);
        PeriodTotals householdTotals = household == history || household == null ? totals
                : PeriodTotals.of(household, day, scope);
        List<Object> facts = new ArrayList<>();
        if (tallies) {
            facts.addAll(totals.tallies(member.id()));
            if (scope.householdTallies()) {
                facts.addAll(householdTotals.householdTallies(member.householdId()));
            }
        }
        int earned = (base.household() ? householdTotals : totals).net(base.period());
        facts.add(new Balance(base.household() ? "户" : "人", base.period().name(), base.points(), earned,
                base.points() + earned));
        LocalDate occurred = evidence.occurredAt().toLocalDate();
        facts.add(new Streak(member.id(), evidence.type(), history.streak(evidence.type(), occurred, evidence.approved())));
        return new EvidenceFacts(facts, new Caps.Counts(totals, householdTotals, day, base));
    }
}
