package org.jifen.api.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.history.PeriodName;

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

    /** The named period {@code text} of a request ({@code 2026}, {@code 2026-H1}, {@code 2026-Q1}, {@code 2026-03}), checked. */
    public static PeriodName named(String field, String text) {
        try {
            PeriodName named = PeriodName.parse(text);
            if (named.period() != org.jifen.engine.history.Period.DAY && named.start().getYear() >= 2000) {
                return named;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidFieldException(field, "周期要写成 2026（全年）、2026-H1（上半年）、2026-Q1（第1季度）或 2026-03（3月），"
                + "年份不早于 2000，这里写的是“" + (text == null ? "" : text.strip()) + "”");
    }

    /** The days of a named period, checked as {@link #of(LocalDate, LocalDate)}. */
    public static Period of(PeriodName named) {
        return of(named.start(), named.last());
    }

    /**
     * The period a request asks for, either {@code period} (a name, see {@link #named}) or
     * {@code from} and {@code to}, not both; a missing or doubled form is a problem naming the field.
     */
    public static Period requested(String period, LocalDate from, LocalDate to) {
        boolean named = period != null && !period.isBlank();
        if (named && (from != null || to != null)) {
            throw new InvalidFieldException("period", "期间只能用一种写法：period（如 2026-Q1）或 from 和 to，不能同时给出"
                    + "（give either period or from and to, not both）");
        }
        if (named) {
            return of(named("period", period));
        }
        if (from == null && to == null) {
            throw new InvalidFieldException("period", "缺少期间：写 period（如 2026-Q1）或 from 和 to 两个日期"
                    + "（give period, or from and to）");
        }
        if (from == null || to == null) {
            throw new InvalidFieldException(from == null ? "from" : "to", "from 和 to 要一起给出（give both from and to）");
        }
        return of(from, to);
    }

    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }
}
