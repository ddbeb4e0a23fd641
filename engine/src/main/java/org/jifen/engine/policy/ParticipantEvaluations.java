package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/**
 * Evidence with several participants, evaluated once per registered participant as that member
 * (rules read their role as {@code participantRole}); {@code unregistered} lists the participants
 * the caller does not know, and {@code problems} repeated ones (evaluated once, with their first role).
 * Each evaluation is recorded into its participant's histories before the next participant is
 * evaluated, so two participants of one household share its caps.
 */
public record ParticipantEvaluations(List<ParticipantEvaluation> evaluated, List<Participant> unregistered,
        List<String> problems) {

    /** A registered participant: the member, their history and their household's (may be the same). */
    public record Registered(Member member, MemberHistory history, MemberHistory household) {
    }

    /** One participant's evaluation; {@code evidence} is the evidence as evaluated for them. */
    public record ParticipantEvaluation(Participant participant, Evidence evidence, Evaluation evaluation) {
    }

    public ParticipantEvaluations {
        evaluated = List.copyOf(evaluated);
        unregistered = List.copyOf(unregistered);
        problems = List.copyOf(problems);
    }

    static ParticipantEvaluations run(CompiledPolicy policy, Evidence evidence, List<Participant> participants,
            Function<String, Registered> lookup) {
        List<ParticipantEvaluation> evaluated = new ArrayList<>();
        List<Participant> unregistered = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Participant participant : participants) {
            if (!seen.add(participant.memberId())) {
                problems.add("参与人 " + participant.memberId() + " 重复出现，只按第一次的角色计分");
                continue;
            }
            Registered registered = lookup.apply(participant.memberId());
            if (registered == null) {
                unregistered.add(participant);
                continue;
            }
            Evidence own = evidence.forParticipant(participant.memberId(), participant.role());
            MemberHistory household = registered.household() == null ? registered.history() : registered.household();
            Evaluation evaluation = policy.evaluate(own, registered.member(), registered.history(), household);
            evaluation.recordInto(registered.history(), own);
            if (household != registered.history()) {
                evaluation.recordInto(household, own);
            }
            evaluated.add(new ParticipantEvaluation(participant, own, evaluation));
        }
        return new ParticipantEvaluations(evaluated, unregistered, problems);
    }
}
