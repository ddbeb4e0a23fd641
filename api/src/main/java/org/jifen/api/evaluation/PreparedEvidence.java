package org.jifen.api.evaluation;

import java.util.List;
import org.jifen.engine.policy.Participant;
import org.jifen.facts.Evidence;

/**
 * An evidence input checked and converted to village time, with its participants (empty: the
 * evidence's own member is evaluated), its canonical payload and hash.
 */
record PreparedEvidence(Evidence fact, List<Participant> participants, String payload, String payloadHash) {

    PreparedEvidence {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** The member ids evaluated: the participants', or the evidence's own member. */
    List<String> evaluatedIds() {
        return participants.isEmpty() ? List.of(fact.memberId())
                : participants.stream().map(Participant::memberId).toList();
    }
}
