package org.jifen.api.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jifen.api.web.InvalidFieldException;

/** A period of whole days, {@code from} to {@code to} inclusive: entries with {@code start <= occurred_at < end}. */
public record Period(LocalDate from, LocalDate to) {

    /** The period, checked: from not after to, at most ten years, both since 2000. */
    public static Period of(LocalDate from, LocalDate to) {
        if (from.getYear() < 2000 || to.getYear() > 2999) {
            throw new InvalidFieldException("from", "dates must lie between 2000 and 2999");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from (" + from + ")");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new InvalidFieldException("to", "a period is at most ten years");
        }
        return new Period(from, to);
    }

    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }
}
