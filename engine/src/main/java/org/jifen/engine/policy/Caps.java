package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.engine.history.PeriodTotals;
import org.jifen.facts.Evidence;

/**
 * Applies rule caps ({@code @maxTimes}, {@code @maxPoints}) and category caps to one evidence's
 * candidates in firing order, against what the member was already credited.
 */
final class Caps {

    private Caps() {
    }

    static List<AwardOutcome> apply(List<AwardCollector.Candidate> candidates, Map<String, RuleSpec> rules,
            Map<String, Limit> categoryCaps, PeriodTotals totals, Evidence evidence) {
        List<AwardOutcome> outcomes = new ArrayList<>(candidates.size());
        for (AwardCollector.Candidate candidate : candidates) {
            RuleSpec rule = rules.get(candidate.rule());
            String category = rule == null ? RuleSpec.DEFAULT_CATEGORY : rule.category();
            int credited = creditable(candidate.points(), rule, categoryCaps.get(category), totals);
            outcomes.add(new AwardOutcome(candidate.rule(), category, candidate.points(), credited,
                    credited != candidate.points(), candidate.reason()));
            if (credited != 0) {
                totals.add(evidence.id(), evidence.type(), candidate.rule(), category, credited,
                        evidence.occurredAt().toLocalDate());
            }
        }
        return outcomes;
    }

    private static int creditable(int requested, RuleSpec rule, Limit categoryCap, PeriodTotals totals) {
        if (rule != null && rule.maxTimes() != null
                && totals.ruleAwards(rule.name(), rule.maxTimes().period()) >= rule.maxTimes().max()) {
            return 0;
        }
        if (requested <= 0) {
            return requested;
        }
        int credited = requested;
        if (rule != null && rule.maxPoints() != null) {
            int used = totals.rulePositivePoints(rule.name(), rule.maxPoints().period());
            credited = Math.min(credited, Math.max(rule.maxPoints().max() - used, 0));
        }
        if (categoryCap != null) {
            int used = totals.categoryPositivePoints(rule == null ? RuleSpec.DEFAULT_CATEGORY : rule.category(),
                    categoryCap.period());
            credited = Math.min(credited, Math.max(categoryCap.max() - used, 0));
        }
        return credited;
    }
}
