package org.jifen.api.policy.simulate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jifen.api.web.InvalidFieldException;

/**
 * The window of a simulation, {@code from <= occurredAt < to} in village time. Each bound is an
 * ISO date (its start of day) or date-time; a date-time with an offset is converted to village
 * time. At most {@value #MAX_DAYS} days long.
 */
record SimulationWindow(LocalDateTime from, LocalDateTime to) {

    static final int MAX_DAYS = 366;

    static SimulationWindow parse(String from, String to, ZoneId zone) {
        LocalDateTime start = bound("from", from, zone);
        LocalDateTime end = bound("to", to, zone);
        if (!start.isBefore(end)) {
            throw new InvalidFieldException("to", "must be after from (" + start + "); the window is from <= occurredAt < to");
        }
        if (end.isAfter(start.plusDays(MAX_DAYS))) {
            throw new InvalidFieldException("to", "the window may be at most " + MAX_DAYS + " days long; "
                    + start + " to " + end + " is " + ChronoUnit.DAYS.between(start, end) + " days");
        }
        return new SimulationWindow(start, end);
    }

    private static LocalDateTime bound(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "is required: an ISO date such as 2026-10-01 or a date-time such as "
                    + "2026-10-01T00:00 (village time)");
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay();
            }
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDateTime();
            }
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be an ISO date such as 2026-10-01 or a date-time such as "
                    + "2026-10-01T08:00 (village time), not " + value);
        }
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        return t > 0 && (text.endsWith("Z") || text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0);
    }
}
