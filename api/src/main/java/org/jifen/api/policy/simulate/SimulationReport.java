package org.jifen.api.policy.simulate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jifen.api.evaluation.AwardView;

/**
 * What a candidate policy would have credited over a window of stored evidence, next to what the
 * baseline (the active version) credits on the same replay. Points are signed sums of credited
 * awards; {@code difference} is always candidate minus baseline.
 *
 * @param complete false when the simulation hit its time limit; the figures then cover the
 *     evidence replayed up to {@code replayedUntil}
 * @param participantProblems participants of replayed evidence who were not evaluated (not registered
 *     in the village), one per evidence and participant
 */
public record SimulationReport(
        String villageId,
        LocalDateTime from,
        LocalDateTime to,
        int baselineVersion,
        long evidenceCount,
        long durationMillis,
        boolean complete,
        LocalDateTime replayedUntil,
        Totals totals,
        Listing<MemberPoints> members,
        Listing<HouseholdPoints> households,
        Changes changed,
        Errors baselineErrors,
        Errors candidateErrors,
        Errors participantProblems) {

    /** A report without participant problems. */
    public SimulationReport(String villageId, LocalDateTime from, LocalDateTime to, int baselineVersion,
            long evidenceCount, long durationMillis, boolean complete, LocalDateTime replayedUntil, Totals totals,
            Listing<MemberPoints> members, Listing<HouseholdPoints> households, Changes changed,
            Errors baselineErrors, Errors candidateErrors) {
        this(villageId, from, to, baselineVersion, evidenceCount, durationMillis, complete, replayedUntil, totals,
                members, households, changed, baselineErrors, candidateErrors, new Errors(0, List.of()));
    }

    /** Points of the whole window. */
    public record Totals(long baseline, long candidate, long difference) {
    }

    /** One member with evidence in the window; {@code name} null when not registered. */
    public record MemberPoints(String memberId, String householdId, long baseline, long candidate, long difference,
            String name) {

        public MemberPoints(String memberId, String householdId, long baseline, long candidate, long difference) {
            this(memberId, householdId, baseline, candidate, difference, null);
        }
    }

    /**
     * One household: the sum of its members with evidence in the window; {@code names} the names of
     * those of them listed (、), null when none is known.
     */
    public record HouseholdPoints(String householdId, int members, long baseline, long candidate, long difference,
            String names) {

        public HouseholdPoints(String householdId, int members, long baseline, long candidate, long difference) {
            this(householdId, members, baseline, candidate, difference, null);
        }
    }

    /** This report with members' names ({@code names}: member id to name) in its member and household rows. */
    public SimulationReport withNames(Map<String, String> names) {
        List<MemberPoints> people = members.rows().stream().map(m -> new MemberPoints(m.memberId(), m.householdId(),
                m.baseline(), m.candidate(), m.difference(), names.get(m.memberId()))).toList();
        Map<String, String> byHousehold = people.stream().filter(m -> m.householdId() != null && m.name() != null)
                .collect(Collectors.groupingBy(MemberPoints::householdId, java.util.TreeMap::new,
                        Collectors.mapping(MemberPoints::name, Collectors.joining("、"))));
        List<HouseholdPoints> homes = households.rows().stream().map(h -> new HouseholdPoints(h.householdId(),
                h.members(), h.baseline(), h.candidate(), h.difference(), byHousehold.get(h.householdId()))).toList();
        return new SimulationReport(villageId, from, to, baselineVersion, evidenceCount, durationMillis, complete,
                replayedUntil, totals, new Listing<>(members.count(), members.changed(), members.omitted(), people),
                new Listing<>(households.count(), households.changed(), households.omitted(), homes), changed,
                baselineErrors, candidateErrors, participantProblems);
    }

    /**
     * Rows sorted by |difference| (largest first), then id; {@code count} rows in all, of which
     * {@code changed} have a difference, and {@code omitted} were left off the list.
     */
    public record Listing<T>(int count, int changed, int omitted, List<T> rows) {
    }

    /** The evidence whose outcome differs, in replay order; {@code omitted} were left off the list. */
    public record Changes(long count, long omitted, List<ChangedEvidence> evidence) {
    }

    /**
     * One evidence evaluated differently: its awards (capped ones included, as a resident would be
     * told) under each policy, or the error that stopped a policy from evaluating it.
     */
    public record ChangedEvidence(String evidenceId, String memberId, LocalDateTime occurredAt,
            List<Award> baseline, List<Award> candidate, String baselineError, String candidateError) {
    }

    /**
     * An award as the evaluate endpoint reports it; {@code requested} and {@code points} are signed;
     * {@code memberId} the member it is for (the participant, for evidence with participants).
     */
    public record Award(String rule, String category, int requested, int points, boolean capped, String reason,
            String memberId) {

        static Award of(AwardView award) {
            return new Award(award.rule(), award.category(), award.requested(), award.points(), award.capped(),
                    award.reason(), award.memberId());
        }
    }

    /** Evidence a policy could not evaluate (or participants not evaluated): how many, and the first few. */
    public record Errors(long count, List<ErrorSample> first) {
    }

    /** Why one evidence (or one of its participants) could not be evaluated. */
    public record ErrorSample(String evidenceId, String message) {
    }
}
