package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.jifen.engine.history.ForPeriod;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.junit.jupiter.api.Test;

/** Evaluation periods (评定周期): evidence for an earlier period counts in it; quarters in village time. */
class ForPeriodTest {

    private static final String RULES = """
            package village.testcun;

            rule "月度卫生评比"
                @maxTimes("1/MONTH")
            when $e : Evidence( type == "HYGIENE_CHECK", approved )
            then award.grant($e, 5, "月度卫生评比");
            end

            rule "季度第三次评比加分"
            when
                $e : Evidence( type == "HYGIENE_CHECK", approved )
                Tally( key == "HYGIENE_CHECK", period == "QUARTER", count >= 2 )
            then award.grant($e, 2, "一季度三次评比");
            end
            """;

    static Evidence check(String id, String at, String forPeriod) {
        return new Evidence(id, "HYGIENE_CHECK", "m1", null, LocalDateTime.parse(at), 0, 1, 0, Evidence.APPROVED,
                forPeriod == null ? Map.of() : Map.of(ForPeriod.ATTRIBUTE, forPeriod));
    }

    @Test
    void evidenceForAnEarlierMonthCountsInThatMonthForCapsTalliesAndItsEntries() {
        CompiledPolicy policy = compile(RULES);
        MemberHistory history = new MemberHistory();
        TestPolicies.play(policy, history, resident(), check("e1", "2026-01-28T10:00", null),
                check("e2", "2026-02-27T10:00", null));
        // checked on 3 April for March: March's cap is free, and it is the quarter's third
        Evaluation march = TestPolicies.play(policy, history, resident(), check("e3", "2026-04-03T10:00", "2026-03"));
        assertThat(march.credited()).extracting(AwardOutcome::points).containsExactly(5, 2);
        assertThat(history.entries().get(2).occurredAt()).isEqualTo("2026-03-01T00:00");
        // a second one for March is over March's cap; one for April is not, and starts a new quarter
        assertThat(policy.evaluate(check("e4", "2026-04-03T11:00", "2026-03"), resident(), history).credited())
                .extracting(AwardOutcome::rule).containsExactly("季度第三次评比加分");
        assertThat(policy.evaluate(check("e5", "2026-04-03T11:00", null), resident(), history).credited())
                .extracting(AwardOutcome::points).containsExactly(5);
        // for a whole quarter: its first day, in January, whose cap is reached
        assertThat(policy.evaluate(check("e6", "2026-04-03T11:00", "2026-Q1"), resident(), history).credited())
                .extracting(AwardOutcome::rule).containsExactly("季度第三次评比加分");
    }

    @Test
    void periodNamesAndABadOne() {
        assertThat(ForPeriod.parse("2026")).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(ForPeriod.parse("2026-H2")).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(ForPeriod.parse("2026-Q4")).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(ForPeriod.parse("2026-03")).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(ForPeriod.parse("2026-03-15")).isEqualTo(LocalDate.parse("2026-03-15"));
        CompiledPolicy policy = compile(RULES);
        for (String bad : new String[] {"2026-13", "2026-Q5", "三月", "2026-02-30"}) {
            assertThatThrownBy(() -> policy.evaluate(check("e1", "2026-04-03T10:00", bad), resident(), new MemberHistory()))
                    .as(bad).isInstanceOf(EvaluationException.class).hasMessageContaining("forPeriod");
        }
    }

    @Test
    void aQuarterBoundaryIsTheVillagesMidnight() {
        CompiledPolicy policy = compile(RULES.replace("1/MONTH", "1/QUARTER"));
        assertThat(policy.config().timezone()).hasToString("Asia/Shanghai");
        MemberHistory history = new MemberHistory();
        TestPolicies.play(policy, history, resident(), check("e1", "2026-02-10T10:00", null));
        // 16:30 UTC on 31 March is 00:30 on 1 April in Shanghai: the second quarter
        LocalDateTime local = ZonedDateTime.ofInstant(Instant.parse("2026-03-31T16:30:00Z"), policy.config().timezone())
                .toLocalDateTime();
        assertThat(policy.evaluate(check("e2", local.toString(), null), resident(), history).credited()).hasSize(1);
        LocalDateTime before = ZonedDateTime.ofInstant(Instant.parse("2026-03-31T15:30:00Z"), policy.config().timezone())
                .toLocalDateTime();
        assertThat(policy.evaluate(check("e3", before.toString(), null), resident(), history).credited()).isEmpty();
    }
}
