package org.jifen.engine.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * How long a rule suspends redemption ({@code award.suspend}): through the end of the evidence's
 * month, quarter, half-year or year ({@code 本月}, {@code 本季度}, {@code 本半年}, {@code 本年}), through
 * the end of the next year ({@code 次年}, "取消当年和次年兑换资格"), or through a fixed day
 * ({@code 2027-12-31}). The day counted from is the evidence's period day ({@link ForPeriod#day}).
 */
public final class SuspensionSpan {

    /** The spans a rule may write, besides a fixed day. */
    public static final List<String> WORDS = List.of("本月", "本季度", "本半年", "本年", "次年");

    private SuspensionSpan() {
    }

    /** Whether {@code spec} is a span a rule may write. */
    public static boolean valid(String spec) {
        if (spec == null) {
            return false;
        }
        if (WORDS.contains(spec)) {
            return true;
        }
        try {
            LocalDate day = LocalDate.parse(spec);
            return day.getYear() >= 2000 && day.getYear() <= 2999;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The last day (included) of the suspension written {@code spec} for evidence of {@code day}. */
    public static LocalDate until(String spec, LocalDate day) {
        return switch (spec) {
            case "本月" -> Period.MONTH.end(day).minusDays(1);
            case "本季度" -> Period.QUARTER.end(day).minusDays(1);
            case "本半年" -> Period.HALF_YEAR.end(day).minusDays(1);
            case "本年" -> Period.YEAR.end(day).minusDays(1);
            case "次年" -> Period.YEAR.end(day).plusYears(1).minusDays(1);
            default -> LocalDate.parse(spec);
        };
    }
}
