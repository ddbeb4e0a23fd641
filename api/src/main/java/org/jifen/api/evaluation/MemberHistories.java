package org.jifen.api.evaluation;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.HistoryWindow;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.persistence.evidence.ApprovedDay;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.ledger.HistoryRow;
import org.jifen.persistence.ledger.LedgerMapper;

/**
 * Loads members' histories in bulk: credited entries of a window (one indexed query per chunk of
 * members) and, where a rule matches some type's Streak, the days with approved evidence (one more).
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

    Map<String, MemberHistory> around(String village, Collection<Evidence> facts, Predicate<String> streakTypes,
            Set<String> without) {
        Map<String, MemberHistory> histories = new HashMap<>();
        if (facts.isEmpty()) {
            return histories;
        }
        HistoryWindow window = null;
        for (Evidence e : facts) {
            HistoryWindow around = HistoryWindow.around(e.occurredAt());
            window = window == null ? around : window.union(around);
            histories.computeIfAbsent(e.memberId(), id -> new MemberHistory());
        }
        List<String> types = facts.stream().map(Evidence::type).filter(streakTypes).distinct().sorted().toList();
        load(village, histories, window.from(), window.to(), without);
        if (!types.isEmpty()) { // else no rule matches these types' Streak: their approved days are not needed
            for (List<String> chunk : chunks(histories)) {
                for (ApprovedDay day : evidence.approvedDays(village, chunk, types, window.streakFrom(), window.to())) {
                    histories.get(day.memberId()).addApprovedDay(day.evidenceType(), day.day());
                }
            }
        }
        return histories;
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
}
