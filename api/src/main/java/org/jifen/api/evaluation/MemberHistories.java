package org.jifen.api.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.HistoryWindow;
import org.jifen.engine.history.MemberHistory;
import org.jifen.persistence.evidence.ApprovedDay;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.HistoryRow;
import org.jifen.facts.Evidence;

/**
 * Loads the history a batch needs, for all its members at once: credited entries in the periods
 * around its evidence (one indexed query) and, for the evidence types whose Streak some rule can
 * match, the days with approved evidence (one more).
 */
final class MemberHistories {

    private MemberHistories() {
    }

    static Map<String, MemberHistory> load(String villageId, Collection<Evidence> batch, Predicate<String> streakTypes,
            LedgerMapper ledger, EvidenceMapper evidence) {
        return load(villageId, batch, streakTypes, ledger, evidence, Set.of());
    }

    /** {@link #load}, leaving out the entries of {@code without} (evidence being re-evaluated). */
    static Map<String, MemberHistory> load(String villageId, Collection<Evidence> batch, Predicate<String> streakTypes,
            LedgerMapper ledger, EvidenceMapper evidence, Set<String> without) {
        Map<String, MemberHistory> histories = new HashMap<>();
        if (batch.isEmpty()) {
            return histories;
        }
        HistoryWindow window = null;
        for (Evidence e : batch) {
            HistoryWindow around = HistoryWindow.around(e.occurredAt());
            window = window == null ? around : window.union(around);
            histories.computeIfAbsent(e.memberId(), id -> new MemberHistory());
        }
        List<String> memberIds = histories.keySet().stream().sorted().toList();
        List<String> types = batch.stream().map(Evidence::type).filter(streakTypes).distinct().sorted().toList();
        for (HistoryRow row : ledger.historyForMembers(villageId, memberIds, window.from(), window.to())) {
            if (without.contains(row.evidenceId())) {
                continue;
            }
            histories.get(row.memberId()).addEntry(new HistoryEntry(row.evidenceId(), row.evidenceType(),
                    row.ruleName(), row.category(), row.points(), row.occurredAt()));
        }
        if (types.isEmpty()) { // no rule matches the Streak of these types: their approved days are not needed
            return histories;
        }
        for (ApprovedDay day : evidence.approvedDays(villageId, memberIds, types, window.streakFrom(), window.to())) {
            histories.get(day.memberId()).addApprovedDay(day.evidenceType(), day.day());
        }
        return histories;
    }
}
