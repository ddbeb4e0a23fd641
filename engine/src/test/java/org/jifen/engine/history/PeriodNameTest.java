package org.jifen.engine.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Period names: parsed, named back, the previous period, and in Chinese. */
class PeriodNameTest {

    @Test
    void everyFormParsesToItsKindAndDays() {
        assertThat(PeriodName.parse("2026")).isEqualTo(new PeriodName(Period.YEAR, "2026", day("2026-01-01"), day("2027-01-01")));
        assertThat(PeriodName.parse(" 2026-H2 ")).isEqualTo(
                new PeriodName(Period.HALF_YEAR, "2026-H2", day("2026-07-01"), day("2027-01-01")));
        assertThat(PeriodName.parse("2026-Q1")).isEqualTo(
                new PeriodName(Period.QUARTER, "2026-Q1", day("2026-01-01"), day("2026-04-01")));
        assertThat(PeriodName.parse("2026-03")).isEqualTo(
                new PeriodName(Period.MONTH, "2026-03", day("2026-03-01"), day("2026-04-01")));
        assertThat(PeriodName.parse("2026-03-15").period()).isEqualTo(Period.DAY);
        for (String bad : new String[] {"2026-Q5", "2026-13", "2026-H3", "26-Q1", "2026Q1", "", "2026-02-30"}) {
            assertThatThrownBy(() -> PeriodName.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aPeriodIsNamedFromAnyOfItsDaysAndKnowsTheOneBefore() {
        assertThat(PeriodName.of(Period.QUARTER, day("2026-03-31")).name()).isEqualTo("2026-Q1");
        assertThat(PeriodName.of(Period.QUARTER, day("2026-04-01")).name()).isEqualTo("2026-Q2");
        assertThat(PeriodName.of(Period.HALF_YEAR, day("2026-12-31")).name()).isEqualTo("2026-H2");
        assertThat(PeriodName.of(Period.MONTH, day("2026-09-09")).name()).isEqualTo("2026-09");
        assertThat(PeriodName.parse("2026-Q1").previous().name()).isEqualTo("2025-Q4");
        assertThat(PeriodName.parse("2026-H1").previous().name()).isEqualTo("2025-H2");
        assertThat(PeriodName.parse("2026-Q1").last()).isEqualTo(day("2026-03-31"));
        assertThat(PeriodName.parse("2026-Q1").chinese()).isEqualTo("2026年第1季度");
        assertThat(PeriodName.parse("2026-H1").chinese()).isEqualTo("2026年上半年");
        assertThat(PeriodName.parse("2026-03").chinese()).isEqualTo("2026年3月");
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
