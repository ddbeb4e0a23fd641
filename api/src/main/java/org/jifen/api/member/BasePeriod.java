package org.jifen.api.member;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jifen.engine.history.Period;

/** The base period (基础分周期) that holds a day: [start, end) and its name (2026, 2026-H1, 2026-Q1, 2026-03). */
public record BasePeriod(String name, LocalDateTime from, LocalDateTime to) {

    /** The period of kind {@code period} that holds {@code day}. */
    public static BasePeriod of(Period period, LocalDate day) {
        LocalDate start = period.start(day);
        String name = switch (period) {
            case YEAR -> String.valueOf(start.getYear());
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> start.toString().substring(0, 7);
            default -> start.toString();
        };
        return new BasePeriod(name, start.atStartOfDay(), period.end(start).atStartOfDay());
    }
}
