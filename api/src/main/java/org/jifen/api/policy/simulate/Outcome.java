package org.jifen.api.policy.simulate;

import java.util.List;
import org.jifen.api.evaluation.Evaluator;
import org.jifen.api.policy.simulate.SimulationReport.Award;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.EvaluationException;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/** The outcome of one evidence under one policy: its awards, or the error that stopped it. */
record Outcome(List<AwardOutcome> awards, String error) {

    /** As the evaluate endpoint does: a failed evaluation credits nothing and leaves no trace in the history. */
    static Outcome of(Evaluator evaluator, CompiledPolicy policy, Evidence fact, Member member,
            MemberHistory history, MemberHistory household) {
        try {
            return new Outcome(evaluator.evaluate(policy, fact, member, history, household, false).evaluation().awards(), null);
        } catch (EvaluationException e) {
            return new Outcome(List.of(), e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(List.of(), "rule failed: " + e);
        }
    }

    long points() {
        long sum = 0;
        for (AwardOutcome award : awards) {
            sum += award.points();
        }
        return sum;
    }

    boolean sameAs(Outcome other) {
        return awards.equals(other.awards) && (error == null) == (other.error == null);
    }

    List<Award> views() {
        return error != null ? null : awards.stream().map(Award::of).toList();
    }
}
