package org.jifen.engine.history;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.facts.Evidence;

/**
 * The evaluation period of evidence (评定周期): an evidence attribute {@code forPeriod} such as
 * {@code 2026}, {@code 2026-H1}, {@code 2026-Q1}, {@code 2026-03} or {@code 2026-03-15} names the
 * period it is for; caps, tallies and its ledger entries then count on that period's first day
 * instead of the day it occurred.
 */
public final class ForPeriod {

    /** The attribute naming the period. */
    public static final String ATTRIBUTE = "forPeriod";

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(H[12])|(Q[1-4])|(\\d{2})(?:-(\\d{2}))?))?");

    private ForPeriod() {
    }

    /** The day the evidence counts on: the first day of its {@code forPeriod}, else the day it occurred. */
    public static LocalDate day(Evidence evidence) {
        String text = evidence.attr(ATTRIBUTE);
        return text == null || text.isBlank() ? evidence.occurredAt().toLocalDate() : parse(text);
    }

    /** The first day of the named period; IllegalArgumentException with a plain message when it names none. */
    public static LocalDate parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        try {
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) != null) {
                    return LocalDate.of(year, m.group(2).equals("H1") ? 1 : 7, 1);
                }
                if (m.group(3) != null) {
                    return LocalDate.of(year, (m.group(3).charAt(1) - '1') * 3 + 1, 1);
                }
                if (m.group(5) != null) {
                    return LocalDate.parse(text.strip());
                }
                return LocalDate.of(year, m.group(4) == null ? 1 : Integer.parseInt(m.group(4)), 1);
            }
        } catch (java.time.DateTimeException e) {
            // fall through
        }
        throw new IllegalArgumentException("forPeriod“" + text + "”写法不对：要写成 2026、2026-H1、2026-Q1、2026-03 或 2026-03-15");
    }
}
