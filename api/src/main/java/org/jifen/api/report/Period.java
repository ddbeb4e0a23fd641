package org.jifen.api.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jifen.api.web.InvalidFieldException;

/** A period of whole days, {@code from} to {@code to} inclusive: entries with {@code start <= occurred_at < end}. */
public record Period(LocalDate from, LocalDate to) {

    /** The period, checked: from not after to, at most ten years, both since 2000. */
    public static Period of(LocalDate from, LocalDate to) {
        if (from.getYear() < 2000 || to.getYear() > 2999) {
            throw new InvalidFieldException("from", "日期须在 2000 年至 2999 年之间（dates must lie between 2000 and 2999）");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "结束日期不能早于开始日期 " + from + "（must not be before from）");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new InvalidFieldException("to", "查询期间最长十年（a period is at most ten years）");
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
