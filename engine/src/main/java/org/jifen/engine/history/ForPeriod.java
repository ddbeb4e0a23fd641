package org.jifen.engine.history;

import java.time.LocalDate;
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

    private ForPeriod() {
    }

    /** The day the evidence counts on: the first day of its {@code forPeriod}, else the day it occurred. */
    public static LocalDate day(Evidence evidence) {
        String text = evidence.attr(ATTRIBUTE);
        return text == null || text.isBlank() ? evidence.occurredAt().toLocalDate() : parse(text);
    }

    /** The first day of the named period; IllegalArgumentException with a plain message when it names none. */
    public static LocalDate parse(String text) {
        try {
            return PeriodName.parse(text).start();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("forPeriod“" + text + "”写法不对：要写成 2026、2026-H1、2026-Q1、2026-03 或 2026-03-15");
        }
    }
}
