package org.jifen.api.expiry;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import org.jifen.api.report.VillageSettings;

/**
 * A village's expiry setting: {@code expiry.mode} NONE (default), ANNUAL (年度清零: every balance
 * is reset to zero at the end of {@code expiry.date}, "MM-DD", default 12-31) or MONTHS (points
 * expire {@code expiry.months} months after they were earned, oldest first).
 */
record ExpiryMode(Kind kind, MonthDay date, int months) {

    enum Kind { NONE, ANNUAL, MONTHS }

    static ExpiryMode of(VillageSettings settings, String villageId) {
        Kind kind;
        try {
            kind = Kind.valueOf(settings.get(villageId, "expiry.mode", "NONE").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = Kind.NONE;
        }
        MonthDay date;
        try {
            date = MonthDay.parse("--" + settings.get(villageId, "expiry.date", "12-31"));
        } catch (java.time.format.DateTimeParseException e) {
            date = MonthDay.of(12, 31);
        }
        int months;
        try {
            months = Integer.parseInt(settings.get(villageId, "expiry.months", "24"));
        } catch (NumberFormatException e) {
            months = 24;
        }
        return new ExpiryMode(kind, date, Math.max(1, Math.min(months, 1200)));
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
        return kind == Kind.ANNUAL ? "年度清零" : "积分过期（" + months + "个月）";
    }
}
