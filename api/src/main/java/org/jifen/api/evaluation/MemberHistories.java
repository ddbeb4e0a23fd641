package org.jifen.api.evaluation;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jifen.engine.history.ForPeriod;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.HistoryWindow;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.persistence.evidence.ApprovedDay;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.ledger.HistoryRow;
import org.jifen.persistence.ledger.HouseholdHistoryRow;
import org.jifen.persistence.ledger.LedgerMapper;

/**
 * Loads members' and households' histories in bulk: credited entries (awards and warnings) of a
 * window (one indexed query per chunk of members, one per chunk of households) and, where a rule matches some type's Streak, the days with approved evidence (one more).
 */
final class MemberHistories {

    /** Members per IN list. */
    private static final int CHUNK = 500;

    private final LedgerMapper ledger;
    private final EvidenceMapper evidence;

    MemberHistories(LedgerMapper ledger, EvidenceMapper evidence) {
        this.ledger = ledger;
        this.evidence = evidence;
    }

    /**
     * The members' and their households' histories around {@code facts}: {@code householdOf} gives a
     * member's household (null: none, a household of one). The window covers each evidence's day and,
     * for evidence with {@code forPeriod}, that period's first day.
     */
    Histories around(String village, Collection<Evidence> facts, Function<String, String> householdOf,
            Predicate<String> streakTypes, Set<String> without) {
        Map<String, MemberHistory> histories = new HashMap<>();
        Map<String, MemberHistory> households = new HashMap<>();
        if (facts.isEmpty()) {
            return new Histories(histories, households);
        }
        HistoryWindow window = null;
        for (Evidence e : facts) {
            HistoryWindow around = HistoryWindow.around(e.occurredAt()).union(HistoryWindow.around(periodStart(e)));
            window = window == null ? around : window.union(around);
            histories.computeIfAbsent(e.memberId(), id -> new MemberHistory());
            String household = householdOf.apply(e.memberId());
            if (household != null) {
                households.computeIfAbsent(household, id -> new MemberHistory());
            }
        }
        List<String> types = facts.stream().map(Evidence::type).filter(streakTypes).distinct().sorted().toList();
        load(village, histories, window.from(), window.to(), without);
        loadHouseholds(village, households, window.from(), window.to(), without);
        if (!types.isEmpty()) { // else no rule matches these types' Streak: their approved days are not needed
            for (List<String> chunk : chunks(histories)) {
                for (ApprovedDay day : evidence.approvedDays(village, chunk, types, window.streakFrom(), window.to())) {
                    histories.get(day.memberId()).addApprovedDay(day.evidenceType(), day.day());
                }
            }
        }
        return new Histories(histories, households);
    }

    /** The first day of the evidence's {@code forPeriod} (its own day without one, or when malformed: evaluating it then fails). */
    private static LocalDateTime periodStart(Evidence e) {
        try {
            return ForPeriod.day(e).atStartOfDay();
        } catch (IllegalArgumentException malformed) {
            return e.occurredAt();
        }
    }

    private void loadHouseholds(String village, Map<String, MemberHistory> households, LocalDateTime from,
            LocalDateTime to, Set<String> without) {
        for (List<String> chunk : chunks(households)) {
            for (HouseholdHistoryRow row : ledger.historyForHouseholds(village, chunk, from, to)) {
                if (!without.contains(row.evidenceId())) {
                    households.get(row.householdId()).addEntry(new HistoryEntry(row.evidenceId(), row.evidenceType(),
                            row.ruleName(), row.category(), row.points(), row.occurredAt()));
                }
            }
        }
    }

    Map<String, MemberHistory> before(String village, Collection<String> memberIds, LocalDateTime until,
            boolean streaks) {
        Map<String, MemberHistory> histories = new HashMap<>();
        memberIds.forEach(id -> histories.put(id, new MemberHistory()));
        if (histories.isEmpty()) {
            return histories;
        }
        HistoryWindow window = HistoryWindow.around(until);
        load(village, histories, window.from(), until, Set.of());
        if (streaks) {
            for (List<String> chunk : chunks(histories)) {
                for (ApprovedDay day : evidence.approvedDaysOfMembers(village, chunk, window.streakFrom(), until)) {
                    histories.get(day.memberId()).addApprovedDay(day.evidenceType(), day.day());
                }
            }
        }
        return histories;
    }

    private void load(String village, Map<String, MemberHistory> histories, LocalDateTime from, LocalDateTime to,
            Set<String> without) {
        for (List<String> chunk : chunks(histories)) {
            for (HistoryRow row : ledger.historyForMembers(village, chunk, from, to)) {
                if (!without.contains(row.evidenceId())) {
                    histories.get(row.memberId()).addEntry(new HistoryEntry(row.evidenceId(), row.evidenceType(),
                            row.ruleName(), row.category(), row.points(), row.occurredAt()));
                }
            }
        }
    }

    private static List<List<String>> chunks(Map<String, MemberHistory> histories) {
        List<String> ids = histories.keySet().stream().sorted().toList();
        List<List<String>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** The households' histories before {@code until} (every member's credited entries), as far back as evidence at {@code until} needs. */
    Map<String, MemberHistory> householdsBefore(String village, Collection<String> householdIds, LocalDateTime until) {
        Map<String, MemberHistory> households = new HashMap<>();
        householdIds.forEach(id -> households.put(id, new MemberHistory()));
        if (!households.isEmpty()) {
            loadHouseholds(village, households, HistoryWindow.around(until).from(), until, Set.of());
        }
        return households;
    }
}
