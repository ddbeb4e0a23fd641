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
    private final List<ChangedEvidence> changed = new ArrayList<>();
    private long changedCount;
    private long evidenceCount;
    private long baselineTotal;
    private long candidateTotal;

    void add(StoredEvidence row, MemberState state, Outcome base, Outcome cand) {
        evidenceCount++;
        long b = base.points();
        long c = cand.points();
        state.replayed++;
        state.baselinePoints += b;
        state.candidatePoints += c;
        baselineTotal += b;
        candidateTotal += c;
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
                baselineErrors.view(), candidateErrors.view());
    }

    private static <T> Listing<T> listing(List<T> rows, ToLongFunction<T> difference, Function<T, String> id) {
        rows.sort(Comparator.comparingLong((T r) -> Math.abs(difference.applyAsLong(r))).reversed()
                .thenComparing(id, Comparator.nullsFirst(Comparator.naturalOrder())));
        int changedRows = (int) rows.stream().filter(r -> difference.applyAsLong(r) != 0).count();
        List<T> shown = List.copyOf(rows.subList(0, Math.min(rows.size(), PolicySimulator.MAX_ROWS)));
        return new Listing<>(rows.size(), changedRows, rows.size() - shown.size(), shown);
    }
}
