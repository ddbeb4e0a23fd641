package org.jifen.engine.history;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The span of history an evaluation needs: every period containing the evidence (its year and
 * its ISO week, which may straddle a new year) for tallies and caps, and the days before it for
 * the streak.
 */
public record HistoryWindow(LocalDateTime from, LocalDateTime to, LocalDateTime streakFrom) {

    /** How far back a streak is counted; a longer streak reports this many days. */
    public static final int MAX_STREAK_DAYS = 400;

    /** The window for evidence that occurred at {@code occurredAt}. */
    public static HistoryWindow around(LocalDateTime occurredAt) {
        LocalDate day = occurredAt.toLocalDate();
        LocalDate from = min(Period.YEAR.start(day), Period.WEEK.start(day));
        LocalDate to = max(Period.YEAR.end(day), Period.WEEK.end(day));
        return new HistoryWindow(from.atStartOfDay(), to.atStartOfDay(),
                day.minusDays(MAX_STREAK_DAYS).atStartOfDay());
    }

    /** The smallest window covering both. */
    public HistoryWindow union(HistoryWindow other) {
        return new HistoryWindow(min(from, other.from), max(to, other.to), min(streakFrom, other.streakFrom));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
