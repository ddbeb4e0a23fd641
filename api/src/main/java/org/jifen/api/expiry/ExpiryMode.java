package org.jifen.api.expiry;

import java.time.LocalDate;
import java.time.MonthDay;
import org.jifen.engine.history.Period;
import org.jifen.engine.policy.ServiceSettings;
import org.jifen.engine.policy.ServiceSettings.Expiry.Mode;

/**
 * A village's expiry setting: {@code expiry.mode} NONE (default), ANNUAL (年度清零: every balance
 * is reset to zero at the end of {@code expiry.date}, "MM-DD", default 12-31), QUARTER (季度清零:
 * at the end of 31 March, 30 June, 30 September and 31 December), HALF_YEAR (半年清零: at the end of
 * 30 June and 31 December) or MONTHS (points expire {@code expiry.months} months after they were
 * earned, oldest first). Days are the village's days: a run's day ends at 23:59:59 in its timezone.
 */
record ExpiryMode(Mode kind, MonthDay date, int months) {

    /** The village's typed setting (checked when its policy was published). */
    static ExpiryMode of(ServiceSettings.Expiry setting) {
        return new ExpiryMode(setting.mode(), setting.date(), setting.months());
    }

    /** Whether a run for {@code day} expires anything at all (ANNUAL, QUARTER, HALF_YEAR: only on a reset day). */
    boolean appliesOn(LocalDate day) {
        return switch (kind) {
            case NONE -> false;
            case ANNUAL -> MonthDay.from(day).equals(date)
                    || (date.equals(MonthDay.of(2, 29)) && !day.isLeapYear() && MonthDay.from(day).equals(MonthDay.of(2, 28)));
            case QUARTER -> Period.QUARTER.end(day).equals(day.plusDays(1));
            case HALF_YEAR -> Period.HALF_YEAR.end(day).equals(day.plusDays(1));
            case MONTHS -> true;
        };
    }

    /** Whether a run clears the whole balance (a reset, 清零) rather than expiring old lots. */
    boolean resets() {
        return kind == Mode.ANNUAL || kind == Mode.QUARTER || kind == Mode.HALF_YEAR;
    }

    /** The label of an EXPIRY entry. */
    String label() {
        return switch (kind) {
            case ANNUAL -> "年度清零";
            case QUARTER -> "季度清零";
            case HALF_YEAR -> "半年清零";
            default -> "积分过期（" + months + "个月）";
        };
    }
}
