package org.jifen.api.policy.simulate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jifen.api.evaluation.AwardView;
import org.jifen.api.policy.simulate.SimulationReport.ChangedEvidence;
import org.jifen.api.policy.simulate.SimulationReport.Changes;
import org.jifen.api.policy.simulate.SimulationReport.HouseholdPoints;
import org.jifen.api.policy.simulate.SimulationReport.Listing;
import org.jifen.api.policy.simulate.SimulationReport.MemberPoints;
import org.jifen.api.policy.simulate.SimulationReport.Totals;
import org.jifen.persistence.evidence.StoredEvidence;

/** Adds up a replay's outcomes, in page order, and turns them into the report. */
final class SimulationTally {
    private final ErrorLog baselineErrors = new ErrorLog();
    private final ErrorLog candidateErrors = new ErrorLog();
    private final ErrorLog participantProblems = new ErrorLog();
    private final List<ChangedEvidence> changed = new ArrayList<>();
    private long changedCount;
    private long evidenceCount;
    private long baselineTotal;
    private long candidateTotal;

    /**
     * Adds one evidence evaluated for {@code evaluated} (member id to state: the evidence's member, or
     * its registered participants in order), each award to the member it names; {@code unregistered}
     * the participants skipped.
     */
    void add(StoredEvidence row, Map<String, MemberState> evaluated, List<String> unregistered, Outcome base,
            Outcome cand) {
        evidenceCount++;
        for (MemberState state : evaluated.values()) {
            state.replayed++;
        }
        for (AwardView award : base.awards()) {
            memberOf(award, row, evaluated).baselinePoints += award.points();
        }
        for (AwardView award : cand.awards()) {
            memberOf(award, row, evaluated).candidatePoints += award.points();
        }
        baselineTotal += base.points();
        candidateTotal += cand.points();
        for (String id : unregistered) {
            participantProblems.add(row.evidenceId(), "参与人 " + id + " 不是本村登记的村民，没有计分");
        }
        if (base.error() != null) {
            baselineErrors.add(row.evidenceId(), base.error());
        }
        if (cand.error() != null) {
            candidateErrors.add(row.evidenceId(), cand.error());
        }
        if (!base.sameAs(cand)) {
            changedCount++;
            if (changed.size() < PolicySimulator.MAX_ROWS) {
                changed.add(new ChangedEvidence(row.evidenceId(), row.memberId(), row.occurredAt(), base.views(),
                        cand.views(), base.error(), cand.error()));
            }
        }
    }

    /** The state of the member an award names (the evidence's member when it names none). */
    private static MemberState memberOf(AwardView award, StoredEvidence row, Map<String, MemberState> evaluated) {
        MemberState state = evaluated.get(award.memberId() == null ? row.memberId() : award.memberId());
        if (state == null) {
            throw new IllegalStateException("award for " + award.memberId() + " of evidence " + row.evidenceId()
                    + " names a member that was not evaluated");
        }
        return state;
    }

    /**
     * The report of a replay of [{@code from}, {@code to}) under {@code version}; {@code notReplayedFrom}
     * null when it ran to the end.
     */
    SimulationReport report(String villageId, LocalDateTime from, LocalDateTime to, int version, long millis,
            LocalDateTime notReplayedFrom, Collection<MemberState> states) {
        List<MemberPoints> memberRows = new ArrayList<>(states.size());
        Map<String, long[]> households = new HashMap<>();
        for (MemberState s : states) {
            if (s.replayed == 0) {
                continue;
            }
            memberRows.add(new MemberPoints(s.id, s.householdId, s.baselinePoints, s.candidatePoints,
                    s.candidatePoints - s.baselinePoints));
            if (s.householdId != null) {
                long[] sums = households.computeIfAbsent(s.householdId, h -> new long[3]);
                sums[0]++;
                sums[1] += s.baselinePoints;
                sums[2] += s.candidatePoints;
            }
        }
        List<HouseholdPoints> householdRows = new ArrayList<>(households.size());
        households.forEach((id, sums) -> householdRows.add(
                new HouseholdPoints(id, (int) sums[0], sums[1], sums[2], sums[2] - sums[1])));
        return new SimulationReport(villageId, from, to, version, evidenceCount, millis,
                notReplayedFrom == null, notReplayedFrom == null ? to : notReplayedFrom,
                new Totals(baselineTotal, candidateTotal, candidateTotal - baselineTotal),
                listing(memberRows, MemberPoints::difference, MemberPoints::memberId),
                listing(householdRows, HouseholdPoints::difference, HouseholdPoints::householdId),
                new Changes(changedCount, changedCount - changed.size(), List.copyOf(changed)),
                baselineErrors.view(), candidateErrors.view(), participantProblems.view());
    }

    private static <T> Listing<T> listing(List<T> rows, ToLongFunction<T> difference, Function<T, String> id) {
        rows.sort(Comparator.comparingLong((T r) -> Math.abs(difference.applyAsLong(r))).reversed()
                .thenComparing(id, Comparator.nullsFirst(Comparator.naturalOrder())));
        int changedRows = (int) rows.stream().filter(r -> difference.applyAsLong(r) != 0).count();
        List<T> shown = List.copyOf(rows.subList(0, Math.min(rows.size(), PolicySimulator.MAX_ROWS)));
        return new Listing<>(rows.size(), changedRows, rows.size() - shown.size(), shown);
    }
}
