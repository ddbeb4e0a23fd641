package org.jifen.api.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.policy.ServiceSettings.Expiry.Mode;
import org.jifen.persistence.ledger.LedgerKind;
import org.jifen.persistence.ledger.LedgerRow;
import org.junit.jupiter.api.Test;

/** The expiry arithmetic: FIFO lots, debts, the annual reset, and the cap at the current balance. */
class ExpiryRuleTest {

    private static final ExpiryMode TWO_MONTHS = new ExpiryMode(Mode.MONTHS, MonthDay.of(12, 31), 2);
    private static final ExpiryMode ANNUAL = new ExpiryMode(Mode.ANNUAL, MonthDay.of(12, 31), 24);

    @Test
    void spendingUsesTheOldestPointsFirst() {
        List<LedgerRow> entries = entries("2026-01-10", 10, "2026-02-10", 5, "2026-03-01", -12, "2026-04-01", 4);
        // lot 01-10 (10) is used up, lot 02-10 keeps 3, lot 04-01 keeps 4
        assertThat(ExpiryRule.expiring(TWO_MONTHS, LocalDate.parse("2026-04-09"), entries, 7)).isZero();
        assertThat(ExpiryRule.expiring(TWO_MONTHS, LocalDate.parse("2026-04-10"), entries, 7)).isEqualTo(3);
        assertThat(ExpiryRule.expiring(TWO_MONTHS, LocalDate.parse("2026-06-01"), entries, 7)).isEqualTo(7);
    }

    @Test
    void anEarlierExpiryUsesUpItsLots() {
        List<LedgerRow> entries = entries("2026-01-10", 10, "2026-02-10", 5, "2026-03-10", -10);
        assertThat(ExpiryRule.expiring(TWO_MONTHS, LocalDate.parse("2026-04-10"), entries, 5)).isEqualTo(5);
    }

    @Test
    void aDeductionBeforeAnyPointsIsADebtTheNextPointsPay() {
        List<LedgerRow> entries = entries("2026-01-01", -5, "2026-01-05", 8);
        assertThat(ExpiryRule.expiring(TWO_MONTHS, LocalDate.parse("2026-03-05"), entries, 3)).isEqualTo(3);
    }

    @Test
    void neverMoreThanTheCurrentBalanceAndNeverBelowZero() {
        List<LedgerRow> entries = entries("2026-01-10", 10);
        assertThat(ExpiryRule.expiring(TWO_MONTHS, LocalDate.parse("2026-06-01"), entries, 4)).isEqualTo(4);
        assertThat(ExpiryRule.expiring(ANNUAL, LocalDate.parse("2026-12-31"), entries, 10)).isEqualTo(10);
        assertThat(ExpiryRule.expiring(ANNUAL, LocalDate.parse("2026-12-31"), entries("2026-05-01", -3), -3)).isZero();
        assertThat(ExpiryRule.expiring(ANNUAL, LocalDate.parse("2026-12-31"), entries, -1)).isZero();
    }

    @Test
    void annualAppliesOnItsDateOnly() {
        assertThat(ANNUAL.appliesOn(LocalDate.parse("2026-12-31"))).isTrue();
        assertThat(ANNUAL.appliesOn(LocalDate.parse("2026-12-30"))).isFalse();
        assertThat(TWO_MONTHS.appliesOn(LocalDate.parse("2026-12-30"))).isTrue();
        assertThat(new ExpiryMode(Mode.NONE, MonthDay.of(12, 31), 1).appliesOn(LocalDate.parse("2026-12-31")))
                .isFalse();
    }

    @Test
    void quarterAndHalfYearResetOnTheLastDayOfTheirPeriodsOnly() {
        ExpiryMode quarter = new ExpiryMode(Mode.QUARTER, MonthDay.of(12, 31), 24);
        ExpiryMode half = new ExpiryMode(Mode.HALF_YEAR, MonthDay.of(12, 31), 24);
        assertThat(List.of("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"))
                .allSatisfy(d -> assertThat(quarter.appliesOn(LocalDate.parse(d))).as(d).isTrue());
        assertThat(List.of("2026-03-30", "2026-04-01", "2026-01-31", "2026-12-30"))
                .allSatisfy(d -> assertThat(quarter.appliesOn(LocalDate.parse(d))).as(d).isFalse());
        assertThat(half.appliesOn(LocalDate.parse("2026-06-30"))).isTrue();
        assertThat(half.appliesOn(LocalDate.parse("2026-12-31"))).isTrue();
        assertThat(half.appliesOn(LocalDate.parse("2026-03-31"))).isFalse();
        assertThat(quarter.label()).isEqualTo("季度清零");
        assertThat(half.label()).isEqualTo("半年清零");
        List<LedgerRow> entries = entries("2026-01-10", 10, "2026-02-10", -4);
        assertThat(ExpiryRule.expiring(quarter, LocalDate.parse("2026-03-31"), entries, 6)).isEqualTo(6);
        assertThat(ExpiryRule.expiring(half, LocalDate.parse("2026-06-30"), entries, 2)).isEqualTo(2);
    }

    private static List<LedgerRow> entries(Object... dayAndPoints) {
        List<LedgerRow> rows = new ArrayList<>();
        for (int i = 0; i < dayAndPoints.length; i += 2) {
            int points = (Integer) dayAndPoints[i + 1];
            rows.add(new LedgerRow("v", (long) i, "m", null, null, 0, null,
                    LocalDate.parse((String) dayAndPoints[i]).atTime(9, 0), "r", "c", points, points, null, LedgerKind.AWARD,
                    null, null, null, null, null));
        }
        return rows;
    }
}
