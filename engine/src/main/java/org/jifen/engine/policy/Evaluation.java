package org.jifen.engine.policy;

import java.time.LocalDateTime;
import java.util.List;
import org.jifen.engine.history.ForPeriod;
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

    /**
     * Adds this evaluation's ledger entries (warnings with 0 points; suspensions do not count) and approved day to a history: the
     * member's, and the household's when it is another one. Entries of evidence with a
     * {@code forPeriod} are dated on that period's first day.
     */
    public void recordInto(MemberHistory history, Evidence evidence) {
        LocalDateTime at = evidence.attr(ForPeriod.ATTRIBUTE) == null ? evidence.occurredAt()
                : ForPeriod.day(evidence).atStartOfDay();
        for (AwardOutcome award : awards) {
            if (award.credited() && award.kind() != AwardOutcome.Kind.SUSPENSION) {
                history.addEntry(new HistoryEntry(evidence.id(), evidence.type(), award.rule(), award.category(),
                        award.points(), at));
            }
        }
        if (evidence.approved()) {
            history.addApprovedDay(evidence.type(), evidence.occurredAt().toLocalDate());
        }
    }
}
