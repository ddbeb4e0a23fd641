package org.jifen.engine.history;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named calendar period, the one parser of period names: {@code 2026} (YEAR), {@code 2026-H1}
 * (HALF_YEAR), {@code 2026-Q1} (QUARTER), {@code 2026-03} (MONTH) or {@code 2026-03-15} (DAY);
 * {@code [start, end)} in days. Evaluation periods ({@link ForPeriod}), programme runs and reports
 * all read names with it.
 */
public record PeriodName(Period period, String name, LocalDate start, LocalDate end) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(H[12])|(Q[1-4])|(\\d{2})(?:-(\\d{2}))?))?");

    /** The period named {@code text}; IllegalArgumentException when it names none. */
    public static PeriodName parse(String text) {
        String name = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(name);
        try {
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) != null) {
                    return of(Period.HALF_YEAR, LocalDate.of(year, m.group(2).equals("H1") ? 1 : 7, 1));
                }
                if (m.group(3) != null) {
                    return of(Period.QUARTER, LocalDate.of(year, (m.group(3).charAt(1) - '1') * 3 + 1, 1));
                }
                if (m.group(5) != null) {
                    return of(Period.DAY, LocalDate.parse(name));
                }
                return m.group(4) == null ? of(Period.YEAR, LocalDate.of(year, 1, 1))
                        : of(Period.MONTH, LocalDate.of(year, Integer.parseInt(m.group(4)), 1));
            }
        } catch (DateTimeException e) {
            // not a date: reported below
        }
        throw new IllegalArgumentException("“" + name + "”不是一个周期的写法");
    }

    /** The period of kind {@code period} containing {@code day}, named; WEEK has no name. */
    public static PeriodName of(Period period, LocalDate day) {
        LocalDate start = period.start(day);
        String name = switch (period) {
            case YEAR -> String.valueOf(start.getYear());
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
            case WEEK -> throw new IllegalArgumentException("a week has no period name");
        };
        return new PeriodName(period, name, start, period.end(start));
    }

    /** The period of the same kind just before this one. */
    public PeriodName previous() {
        return of(period, start.minusDays(1));
    }

    /** The last day of the period. */
    public LocalDate last() {
        return end.minusDays(1);
    }

    /** In Chinese: 2026年、2026年上半年、2026年第1季度、2026年3月、2026年3月15日. */
    public String chinese() {
        return switch (period) {
            case YEAR -> start.getYear() + "年";
            case HALF_YEAR -> start.getYear() + (start.getMonthValue() == 1 ? "年上半年" : "年下半年");
            case QUARTER -> start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度";
            case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
            default -> start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
        };
    }
}
