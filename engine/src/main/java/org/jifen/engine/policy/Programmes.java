package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jifen.engine.history.Period;
import org.jifen.facts.Standing;
import org.jifen.facts.Village;

/** Runs a policy's programme rules ({@code @programme("QUARTER")}) over the standings at a period's close. */
final class Programmes {

    private Programmes() {
    }

    /**
     * Fires the rules of {@code period}'s programme once per standing, in the standings' order, on
     * sessions of {@code pool}; {@code policy} names the policy for logs.
     */
    static List<ProgrammeAward> run(Map<String, RuleSpec> rules, Village village, Period period,
            List<Standing> standings, SessionPool pool, String policy) {
        if (rules.values().stream().noneMatch(r -> r.programme() == period)) {
            return List.of();
        }
        List<ProgrammeAward> awards = new ArrayList<>();
        for (Standing standing : standings) {
            if (!standing.period().equals(period.name())) {
                throw new IllegalArgumentException("standing of " + standing.id() + " is for " + standing.period()
                        + ", not " + period);
            }
            for (AwardCollector.Candidate candidate : fire(pool, List.of(village, standing), policy)) {
                RuleSpec rule = rules.get(candidate.rule());
                if (rule == null || rule.programme() != period) {
                    continue;
                }
                awards.add(new ProgrammeAward(standing, new AwardOutcome(rule.name(), rule.category(),
                        candidate.points(), candidate.points(), false, candidate.reason(), candidate.kind(), null)));
            }
        }
        return awards;
    }

    /** Fires the facts in a borrowed session and gives the candidates (copied): no request cut, the guards only. */
    private static List<AwardCollector.Candidate> fire(SessionPool pool, List<?> facts, String policy) {
        return pool.fire(session -> session.fire(facts, policy, System.nanoTime() + TimeUnit.DAYS.toNanos(1),
                Long.MAX_VALUE), null, collector -> List.copyOf(collector.candidates()));
    }
}
