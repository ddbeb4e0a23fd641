package org.jifen.engine.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.Participant;
import org.jifen.engine.policy.ParticipantEvaluations;
import org.jifen.facts.Evidence;

/** Plays a case's evidence with participants and checks which were reported as not registered. */
final class CaseParticipants {

    private CaseParticipants() {
    }

    /** The ledger entries by member, in participant order; differences in reporting are added. */
    static List<Map.Entry<String, AwardOutcome>> entries(CasePlay play, Evidence evidence,
            SampleCase.Participants participants, List<String> differences) {
        ParticipantEvaluations result = play.play(evidence, participants.participants());
        List<Map.Entry<String, AwardOutcome>> entries = new ArrayList<>();
        for (ParticipantEvaluations.ParticipantEvaluation one : result.evaluated()) {
            one.evaluation().credited().forEach(a -> entries.add(Map.entry(one.participant().memberId(), a)));
            one.evaluation().problems().forEach(p -> differences.add("证据 " + evidence.id() + "：" + p));
        }
        List<String> unregistered = result.unregistered().stream().map(Participant::memberId).toList();
        if (!unregistered.equals(participants.unregistered())) {
            differences.add("证据 " + evidence.id() + "：未登记的参与人应为 " + participants.unregistered()
                    + "，实为 " + unregistered);
        }
        result.problems().forEach(p -> differences.add("证据 " + evidence.id() + "：" + p));
        return entries;
    }

    /** As {@link #entries}, as a map-like callback source. */
    static Played play(CasePlay play, Evidence evidence, SampleCase.Participants participants, List<String> differences) {
        List<Map.Entry<String, AwardOutcome>> entries = entries(play, evidence, participants, differences);
        return action -> entries.forEach(e -> action.accept(e.getKey(), e.getValue()));
    }

    /** The entries of one evidence, by member. */
    interface Played {
        void forEach(java.util.function.BiConsumer<String, AwardOutcome> action);
    }
}
