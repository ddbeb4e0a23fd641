package org.jifen.engine.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one member was credited, and on which days they had approved evidence of each type: the
 * source of Tally, Streak and cap counts. Callers load it for a {@link HistoryWindow} and add to
 * it as they credit further evidence. Not thread-safe: one member is evaluated at a time.
 */
public final class MemberHistory {

    private final List<HistoryEntry> entries = new ArrayList<>();
    private final Map<String, Set<LocalDate>> approvedDays = new HashMap<>();

    /** A copy to evaluate on independently (the what-if replays one history under two policies). */
    public MemberHistory copy() {
        MemberHistory copy = new MemberHistory();
        copy.entries.addAll(entries);
        approvedDays.forEach((type, days) -> copy.approvedDays.put(type, new HashSet<>(days)));
        return copy;
    }

    public List<HistoryEntry> entries() {
        return entries;
    }

    /** Adds a credited entry. */
    public void addEntry(HistoryEntry entry) {
        entries.add(entry);
    }

    public void addApprovedDay(String type, LocalDate day) {
        approvedDays.computeIfAbsent(type, t -> new HashSet<>()).add(day);
    }

    /**
     * Consecutive days with approved evidence of {@code type} ending on {@code day}, which counts
     * when {@code approvedToday} even if no earlier evidence of that day was approved.
     */
    public int streak(String type, LocalDate day, boolean approvedToday) {
        Set<LocalDate> days = approvedDays.getOrDefault(type, Set.of());
        if (!approvedToday && !days.contains(day)) {
            return 0;
        }
        int count = 1;
        LocalDate d = day.minusDays(1);
        while (count < HistoryWindow.MAX_STREAK_DAYS && days.contains(d)) {
            count++;
            d = d.minusDays(1);
        }
        return count;
    }
}
