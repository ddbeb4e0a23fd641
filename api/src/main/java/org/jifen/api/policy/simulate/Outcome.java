package org.jifen.api.policy.simulate;

import java.util.List;
import java.util.function.Function;
import org.jifen.api.evaluation.AwardView;
import org.jifen.api.evaluation.Evaluator;
import org.jifen.api.evaluation.Histories;
import org.jifen.api.policy.simulate.SimulationReport.Award;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.EvaluationException;
import org.jifen.engine.policy.Participant;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.persistence.member.MemberRow;

/**
 * The outcome of one evidence under one policy: its awards, each naming its member (the evidence's,
 * or the participant's for evidence with participants), or the error that stopped it.
 */
record Outcome(List<AwardView> awards, String error) {

    /** As the evaluate endpoint does: a failed evaluation credits nothing and leaves no trace in the history. */
    static Outcome of(Evaluator evaluator, CompiledPolicy policy, Evidence fact, Member member,
            MemberHistory history, MemberHistory household) {
        try {
            return new Outcome(evaluator.evaluate(policy, fact, member, history, household, false).awards(), null);
        } catch (EvaluationException e) {
            return new Outcome(List.of(), e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(List.of(), "rule failed: " + e);
        }
    }

    /**
     * Evidence with participants, as the evaluate endpoint does: each registered participant ({@code rows}
     * gives their member row, null when not registered) evaluated as that member against {@code histories};
     * a failed evaluation credits nobody and leaves the histories as they were.
     */
    static Outcome ofParticipants(Evaluator evaluator, CompiledPolicy policy, Evidence fact,
            List<Participant> participants, Function<String, MemberRow> rows, Histories histories) {
        try {
            return new Outcome(evaluator.evaluateParticipants(policy, fact, participants, rows, histories, false)
                    .awards(), null);
        } catch (EvaluationException e) {
            return new Outcome(List.of(), e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(List.of(), "rule failed: " + e);
        }
    }

    long points() {
        long sum = 0;
        for (AwardView award : awards) {
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
