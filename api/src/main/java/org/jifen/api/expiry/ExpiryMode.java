package org.jifen.api.expiry;

import java.time.LocalDate;
import java.time.MonthDay;
import org.jifen.engine.policy.ServiceSettings;
import org.jifen.engine.policy.ServiceSettings.Expiry.Mode;

/**
 * A village's expiry setting: {@code expiry.mode} NONE (default), ANNUAL (年度清零: every balance
 * is reset to zero at the end of {@code expiry.date}, "MM-DD", default 12-31) or MONTHS (points
 * expire {@code expiry.months} months after they were earned, oldest first).
 */
record ExpiryMode(Mode kind, MonthDay date, int months) {

    /** The village's typed setting (checked when its policy was published). */
    static ExpiryMode of(ServiceSettings.Expiry setting) {
        return new ExpiryMode(setting.mode(), setting.date(), setting.months());
    }

    /** Whether a run for {@code day} expires anything at all (ANNUAL: only on its date). */
    boolean appliesOn(LocalDate day) {
        return switch (kind) {
            case NONE -> false;
            case ANNUAL -> MonthDay.from(day).equals(date)
                    || (date.equals(MonthDay.of(2, 29)) && !day.isLeapYear() && MonthDay.from(day).equals(MonthDay.of(2, 28)));
            case MONTHS -> true;
        };
    }

    /** The label of an EXPIRY entry. */
    String label() {
        return kind == Mode.ANNUAL ? "年度清零" : "积分过期（" + months + "个月）";
    }
}
