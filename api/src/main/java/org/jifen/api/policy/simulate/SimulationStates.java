package org.jifen.api.policy.simulate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jifen.api.evaluation.Evaluator;
import org.jifen.api.evaluation.Histories;
import org.jifen.api.evaluation.StoredPayloads;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.Participant;
import org.jifen.persistence.evidence.StoredEvidence;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;

/**
 * The members of one simulation: each member's state (row and histories per policy) and each
 * household's histories per policy, seeded when they first appear. Seeded on the request thread,
 * read by the pool.
 */
final class SimulationStates {
    /** Members per IN list when seeding histories. */
    private static final int SEED_CHUNK = 500;

    private final Evaluator evaluator;
    private final MemberMapper members;
    private final String villageId;
    private final LocalDateTime from;
    private final boolean streaks;
    private final Map<String, MemberState> states = new HashMap<>();
    /** Household id to its histories, shared by its members. */
    private final Map<String, MemberState.Histories> households = new HashMap<>();

    SimulationStates(Evaluator evaluator, MemberMapper members, String villageId, LocalDateTime from, boolean streaks) {
        this.evaluator = evaluator;
        this.members = members;
        this.villageId = villageId;
        this.from = from;
        this.streaks = streaks;
    }

    /** The state of a seeded member. */
    MemberState get(String memberId) {
        return states.get(memberId);
    }

    Collection<MemberState> all() {
        return states.values();
    }

    /** Each evidence's participants: empty for most (only payloads that name participants are read here). */
    static List<List<Participant>> participantsOf(List<StoredEvidence> page) {
        List<List<Participant>> all = new ArrayList<>(page.size());
        for (StoredEvidence row : page) {
            List<Participant> participants = List.of();
            if (row.payload() != null && row.payload().contains("\"participants\"")) {
                try {
                    participants = StoredPayloads.participants(row);
                } catch (IllegalArgumentException e) {
                    // not readable evidence: evaluating it reports the error
                }
            }
            all.add(participants);
        }
        return all;
    }

    /**
     * Loads member rows and seed histories (from the ledger before {@code from}) of the page's new
     * members (submitters and participants) and of their households not seen yet, in bulk.
     */
    void seed(List<StoredEvidence> page, List<List<Participant>> participants) {
        List<String> fresh = Stream.concat(page.stream().map(StoredEvidence::memberId),
                        participants.stream().flatMap(List::stream).map(Participant::memberId))
                .distinct().filter(id -> !states.containsKey(id)).sorted().toList();
        for (int i = 0; i < fresh.size(); i += SEED_CHUNK) {
            List<String> chunk = fresh.subList(i, Math.min(fresh.size(), i + SEED_CHUNK));
            Map<String, MemberRow> rows = new HashMap<>();
            for (MemberRow row : members.findByIds(villageId, chunk)) {
                rows.put(row.memberId(), row);
            }
            Map<String, MemberHistory> seeds = evaluator.historiesBefore(villageId, rows.keySet(), from, streaks);
            List<String> newHouseholds = rows.values().stream().map(MemberRow::householdId).filter(Objects::nonNull)
                    .distinct().filter(h -> !households.containsKey(h)).sorted().toList();
            evaluator.householdHistoriesBefore(villageId, newHouseholds, from)
                    .forEach((h, seed) -> households.put(h, MemberState.Histories.seededWith(seed)));
            for (String id : chunk) {
                MemberHistory seed = seeds.get(id);
                MemberRow row = rows.get(id);
                states.put(id, new MemberState(id, row, seed == null ? new MemberHistory() : seed,
                        row == null || row.householdId() == null ? null : households.get(row.householdId())));
            }
        }
    }

    /** A seeded member's row, null when not registered. */
    MemberRow row(String memberId) {
        MemberState state = states.get(memberId);
        return state == null ? null : state.row;
    }

    /** The registered participants' own and household histories under one policy (the candidate's or the baseline's). */
    Histories histories(List<Participant> participants, boolean ofCandidate) {
        Map<String, MemberHistory> own = new HashMap<>();
        Map<String, MemberHistory> homes = new HashMap<>();
        for (Participant participant : participants) {
            MemberState state = states.get(participant.memberId());
            if (state.fact == null) {
                continue;
            }
            own.put(state.id, ofCandidate ? state.candidate : state.baseline);
            if (state.householdId != null) {
                homes.put(state.householdId, ofCandidate ? state.household.candidate() : state.household.baseline());
            }
        }
        return new Histories(own, homes);
    }
}
