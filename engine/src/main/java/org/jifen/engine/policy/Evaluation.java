package org.jifen.engine.policy;

import java.util.List;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;

/** The outcome of evaluating one evidence: its awards in firing order and any rule problems. */
public record Evaluation(int policyVersion, List<AwardOutcome> awards, List<String> problems) {

    public Evaluation {
        awards = List.copyOf(awards);
        problems = List.copyOf(problems);
    }

    /** The awards that credit points, that is, the ledger entries to write. */
    public List<AwardOutcome> credited() {
        return awards.stream().filter(AwardOutcome::credited).toList();
    }

    /** Adds this evaluation's credited awards and approved day to the member's history. */
    public void recordInto(MemberHistory history, Evidence evidence) {
        for (AwardOutcome award : awards) {
            if (award.credited()) {
                history.addEntry(new HistoryEntry(evidence.id(), evidence.type(), award.rule(), award.category(),
                        award.points(), evidence.occurredAt()));
            }
        }
        if (evidence.approved()) {
            history.addApprovedDay(evidence.type(), evidence.occurredAt().toLocalDate());
        }
    }
}
