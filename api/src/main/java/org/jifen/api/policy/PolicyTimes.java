package org.jifen.api.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.jifen.api.web.InvalidFieldException;

/**
 * Times of the policy lifecycle. The database keeps {@code created_at}, {@code updated_at} and
 * {@code effective_from} as server-local date-times (the JVM's default zone, which the database
 * shares); the API shows them in the village's time zone with an offset, and reads a time without
 * an offset as village time.
 */
public final class PolicyTimes {

    private PolicyTimes() {
    }

    /** The village's zone from its stored id, the default Asia/Shanghai when absent or unknown. */
    public static ZoneId zone(String timezone) {
        try {
            return timezone == null ? ZoneId.of("Asia/Shanghai") : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }

    /** A stored server-local time, shown in the village's zone. */
    public static OffsetDateTime show(LocalDateTime serverTime, ZoneId village) {
        return serverTime == null ? null
                : serverTime.atZone(ZoneId.systemDefault()).withZoneSameInstant(village).toOffsetDateTime();
    }

    /**
     * Reads {@code text} (ISO-8601: a date-time with an offset or zone, a date-time in village time,
     * or a date meaning its start in village time) as a server-local time; null stays null.
     *
     * @throws InvalidFieldException naming {@code field} when it is not such a time
     */
    public static LocalDateTime read(String field, String text, ZoneId village) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        ZonedDateTime at;
        try {
            at = ZonedDateTime.parse(t);
        } catch (DateTimeParseException notZoned) {
            try {
                at = LocalDateTime.parse(t).atZone(village);
            } catch (DateTimeParseException notLocal) {
                try {
                    at = LocalDate.parse(t).atStartOfDay(village);
                } catch (DateTimeParseException notDate) {
                    throw new InvalidFieldException(field, "not an ISO-8601 date-time: " + text
                            + " (e.g. 2026-12-01T00:00 in village time, or 2026-12-01T00:00+08:00)");
                }
            }
        }
        return at.withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }
}
