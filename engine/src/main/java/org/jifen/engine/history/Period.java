package org.jifen.engine.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods that tallies and caps count in: weeks are ISO weeks, Monday first; quarters and
 * half-years are calendar ones (January–March …, January–June and July–December).
 */
public enum Period {
    DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR;

    /** The first day of this period containing {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case HALF_YEAR -> day.withDayOfMonth(1).withMonth(day.getMonthValue() <= 6 ? 1 : 7);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day after this period containing {@code day}. */
    public LocalDate end(LocalDate day) {
        return switch (this) {
            case DAY -> day.plusDays(1);
            case WEEK -> start(day).plusWeeks(1);
            case MONTH -> start(day).plusMonths(1);
            case QUARTER -> start(day).plusMonths(3);
            case HALF_YEAR -> start(day).plusMonths(6);
            case YEAR -> start(day).plusYears(1);
        };
    }

    /** Whether {@code other} falls in the period of this kind that contains {@code day}. */
    public boolean sameAs(LocalDate day, LocalDate other) {
        return !other.isBefore(start(day)) && other.isBefore(end(day));
    }
}
