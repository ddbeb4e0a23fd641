package org.jifen.engine.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.engine.history.PeriodTotals;
import org.jifen.engine.history.SuspensionSpan;
import org.jifen.facts.Evidence;

/**
 * Applies rule caps ({@code @maxTimes}, {@code @maxPoints}, {@code @maxDeduct}), category caps and the
 * eligibility gate to one evidence's candidates in firing order, against what the member, or for a
 * household cap ({@code /户}) the whole household, was already credited.
 */
final class Caps {

    static final String CAPPED = "已达上限";
    static final String FLOOR = "扣完为止";

    /**
     * The totals an evaluation counts against, dated {@code day}: {@code household} may be
     * {@code member} itself (a household of one), then every award is counted once.
     */
    record Counts(PeriodTotals member, PeriodTotals household, LocalDate day, BaseScore base) {

        PeriodTotals of(Limit limit) {
            return limit.household() ? household : member;
        }

        int net() {
            return base.points() + (base.household() ? household : member).net(base.period());
        }

        void add(Evidence evidence, String rule, String category, int points) {
            member.add(evidence.id(), evidence.type(), rule, category, points, day);
            if (household != member) {
                household.add(evidence.id(), evidence.type(), rule, category, points, day);
            }
        }
    }

    private Caps() {
    }

    static List<AwardOutcome> apply(List<AwardCollector.Candidate> candidates, Map<String, RuleSpec> rules,
            VillageConfig village, Counts counts, Evidence evidence) {
        List<AwardOutcome> outcomes = new ArrayList<>(candidates.size());
        for (AwardCollector.Candidate candidate : candidates) {
            RuleSpec rule = rules.get(candidate.rule());
            String category = rule == null ? RuleSpec.DEFAULT_CATEGORY : rule.category();
            if (candidate.kind() == AwardOutcome.Kind.SUSPENSION) {
                outcomes.add(suspension(candidate, category, counts.day()));
                continue;
            }
            if (candidate.warning()) {
                outcomes.add(new AwardOutcome(candidate.rule(), category, 0, 0, false, candidate.reason(),
                        AwardOutcome.Kind.WARNING, null));
                counts.add(evidence, candidate.rule(), category, 0);
                continue;
            }
            String[] note = new String[1];
            int credited = candidate.points() < 0
                    ? deductible(candidate.points(), rule, category, village.floors().get(category), counts, note)
                    : creditable(candidate.points(), rule, category, village.caps().get(category), counts, note);
            boolean cut = credited != candidate.points();
            outcomes.add(new AwardOutcome(candidate.rule(), category, candidate.points(), credited, cut,
                    candidate.reason(), AwardOutcome.Kind.POINTS, cut ? note[0] : null));
            if (credited != 0) {
                counts.add(evidence, candidate.rule(), category, credited);
            }
        }
        return outcomes;
    }

    /** A suspension through the day its span ends, counted from the evidence's period day; never capped. */
    private static AwardOutcome suspension(AwardCollector.Candidate candidate, String category, LocalDate day) {
        String target = candidate.target();
        int space = target.indexOf(' ');
        LocalDate until = SuspensionSpan.until(target.substring(space + 1), day);
        return new AwardOutcome(candidate.rule(), category, 0, 0, false, candidate.reason(),
                AwardOutcome.Kind.SUSPENSION, target.substring(0, space) + " " + until);
    }

    /** A penalty after {@code @maxTimes}, the rule's floor ({@code @maxDeduct}) and the category's ({@code floors}). */
    private static int deductible(int requested, RuleSpec rule, String category, Limit categoryFloor, Counts counts,
            String[] note) {
        note[0] = CAPPED;
        if (rule != null && rule.maxTimes() != null
                && counts.of(rule.maxTimes()).ruleAwards(rule.name(), rule.maxTimes().period()) >= rule.maxTimes().max()) {
            return 0;
        }
        note[0] = FLOOR;
        int deducted = -requested;
        if (rule != null && rule.maxDeduct() != null) {
            Limit floor = rule.maxDeduct();
            deducted = Math.min(deducted, Math.max(floor.max() - counts.of(floor).ruleDeducted(rule.name(), floor.period()), 0));
        }
        if (categoryFloor != null) {
            int used = counts.of(categoryFloor).categoryDeducted(category, categoryFloor.period());
            deducted = Math.min(deducted, Math.max(categoryFloor.max() - used, 0));
        }
        return -deducted;
    }

    private static int creditable(int requested, RuleSpec rule, String category, Limit categoryCap, Counts counts,
            String[] note) {
        note[0] = CAPPED;
        if (rule != null && rule.maxTimes() != null
                && counts.of(rule.maxTimes()).ruleAwards(rule.name(), rule.maxTimes().period()) >= rule.maxTimes().max()) {
            return 0;
        }
        if (counts.base().gateAtOrBelow() != null && counts.net() <= counts.base().gateAtOrBelow()) {
            note[0] = BaseScore.GATED;
            return 0;
        }
        int credited = requested;
        if (rule != null && rule.maxPoints() != null) {
            int used = counts.of(rule.maxPoints()).rulePositivePoints(rule.name(), rule.maxPoints().period());
            credited = Math.min(credited, Math.max(rule.maxPoints().max() - used, 0));
        }
        if (categoryCap != null) {
            int used = counts.of(categoryCap).categoryPositivePoints(category, categoryCap.period());
            credited = Math.min(credited, Math.max(categoryCap.max() - used, 0));
        }
        return credited;
    }
}
