package org.jifen.engine.policy;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of {@code village.yaml settings:} that the service itself reads, typed and checked
 * when the policy is published: a bad value is a publish problem at its line, never a guess at
 * request time. The other settings are free values for rules ({@code Village.number/setting}).
 *
 * @param maxFutureMinutes {@code evidence.maxFutureMinutes}: how far ahead of the village's clock
 *     evidence may say it occurred (0 to a year; default 10)
 * @param secondReviewerAbove {@code review.secondReviewerAbove}: evidence whose provisional points
 *     exceed this (in absolute value) needs two reviewers; {@link Long#MAX_VALUE} when unset
 * @param expiry {@code expiry.mode} NONE, ANNUAL (年度清零 on {@code expiry.date}, MM-DD, default
 *     12-31), QUARTER (季度清零 on the last day of each quarter), HALF_YEAR (半年清零 on 30 June and
 *     31 December) or MONTHS (points expire {@code expiry.months} months after they were earned,
 *     1–1200, default 24)
 * @param notice the public notice (公示): {@code notice.mask}, how it masks names (FIRST, LAST,
 *     MIDDLE, NONE; default MIDDLE), {@code notice.issuer}, the issuing committee (null: the
 *     village's name + 村民委员会), and {@code notice.days}, its publicity period (1–60 days, default 7)
 * @param programmeAfterDays {@code programme.afterDays}: how many days after a period closes the
 *     scheduled programme run (评星) runs it (0–60, default 0: the day after its last day)
 */
public record ServiceSettings(int maxFutureMinutes, long secondReviewerAbove, Expiry expiry, Notice notice,
        int programmeAfterDays) {

    public static final String MAX_FUTURE = "evidence.maxFutureMinutes";
    public static final String SECOND_REVIEWER_ABOVE = "review.secondReviewerAbove";
    public static final String EXPIRY_MODE = "expiry.mode";
    public static final String EXPIRY_DATE = "expiry.date";
    public static final String EXPIRY_MONTHS = "expiry.months";
    public static final String NOTICE_MASK = "notice.mask";
    public static final String NOTICE_ISSUER = "notice.issuer";
    public static final String NOTICE_DAYS = "notice.days";
    public static final String PROGRAMME_AFTER_DAYS = "programme.afterDays";
    private static final List<String> MASKS = List.of("FIRST", "LAST", "MIDDLE", "NONE");

    /** Settings without {@code programme.afterDays} (0). */
    public ServiceSettings(int maxFutureMinutes, long secondReviewerAbove, Expiry expiry, Notice notice) {
        this(maxFutureMinutes, secondReviewerAbove, expiry, notice, 0);
    }

    /** When points expire. */
    public record Expiry(Mode mode, MonthDay date, int months) {
        /**
         * NONE: never; ANNUAL: all at once on a day of the year; QUARTER, HALF_YEAR: all at once on
         * the last day of each quarter or half-year; MONTHS: some months after they were earned.
         */
        public enum Mode { NONE, ANNUAL, QUARTER, HALF_YEAR, MONTHS }
    }

    /** How the public notice is issued. */
    public record Notice(String mask, String issuer, int days) {
    }

    /** The settings of {@code settings}, adding a problem at its line of {@code yaml} for each bad value. */
    static ServiceSettings read(Map<String, String> settings, String yaml, List<Problem> problems) {
        Reader r = new Reader(settings, yaml == null ? "" : yaml, problems);
        int maxFuture = (int) r.number(MAX_FUTURE, 10, 0, 366 * 24 * 60, "分钟数");
        long second = r.number(SECOND_REVIEWER_ABOVE, Long.MAX_VALUE, 0, Long.MAX_VALUE, "分数");
        Expiry.Mode mode = r.choice(EXPIRY_MODE, Expiry.Mode.class, Expiry.Mode.NONE, "NONE（不过期）、ANNUAL（年度清零）、QUARTER（季度清零）、HALF_YEAR（半年清零）或 MONTHS（按月过期）");
        MonthDay date = r.monthDay(EXPIRY_DATE, MonthDay.of(12, 31));
        int months = (int) r.number(EXPIRY_MONTHS, 24, 1, 1200, "月数");
        String mask = r.value(NOTICE_MASK);
        if (mask != null && !MASKS.contains(mask.toUpperCase(Locale.ROOT))) {
            r.problem(NOTICE_MASK, "公示名单的遮挡方式要写 FIRST、LAST、MIDDLE 或 NONE 之一，这里写的是「" + mask + "」");
            mask = null;
        }
        String issuer = r.value(NOTICE_ISSUER);
        if (issuer != null && issuer.length() > 50) {
            r.problem(NOTICE_ISSUER, "发布单位最多 50 个字");
            issuer = null;
        }
        int days = (int) r.number(NOTICE_DAYS, 7, 1, 60, "天数");
        int afterDays = (int) r.number(PROGRAMME_AFTER_DAYS, 0, 0, 60, "天数");
        return new ServiceSettings(maxFuture, second, new Expiry(mode, date, months),
                new Notice(mask == null ? "MIDDLE" : mask.toUpperCase(Locale.ROOT), issuer, days), afterDays);
    }

    /** The settings of a published policy (checked when it was published). */
    public static ServiceSettings of(Map<String, String> settings) {
        return read(settings, "", new java.util.ArrayList<>());
    }

    private record Reader(Map<String, String> settings, String yaml, List<Problem> problems) {

        String value(String key) {
            String v = settings.get(key);
            return v == null || v.isBlank() ? null : v.strip();
        }

        void problem(String key, String message) {
            problems.add(Problem.error(PolicySource.VILLAGE_FILE, VillageYaml.lineOf(yaml, key), 0,
                    "设置 " + key + "：" + message));
        }

        long number(String key, long fallback, long min, long max, String what) {
            String v = value(key);
            if (v == null) {
                return fallback;
            }
            try {
                long n = Long.parseLong(v);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, "要写一个 " + min + (max == Long.MAX_VALUE ? " 以上" : " 到 " + max) + " 的整数" + what
                    + "，这里写的是「" + v + "」");
            return fallback;
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E fallback, String allowed) {
            String v = value(key);
            if (v == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(key, "要写 " + allowed + "，这里写的是「" + v + "」");
                return fallback;
            }
        }

        MonthDay monthDay(String key, MonthDay fallback) {
            String v = value(key);
            if (v == null) {
                return fallback;
            }
            try {
                return MonthDay.parse("--" + v);
            } catch (DateTimeParseException e) {
                problem(key, "要写“月-日”，例如 12-31，这里写的是「" + v + "」");
                return fallback;
            }
        }
    }
}
