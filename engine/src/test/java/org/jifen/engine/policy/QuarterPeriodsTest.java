package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.play;
import static org.jifen.engine.policy.TestPolicies.resident;

import java.time.LocalDate;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.Period;
import org.junit.jupiter.api.Test;

/** QUARTER and HALF_YEAR: calendar quarters and half-years, for caps and Tally (contract §3). */
class QuarterPeriodsTest {

    private static final String RULES = """
            package village.testcun;

            rule "季度两次"
                @maxTimes("2/QUARTER")
            when $e : Evidence( type == "MEETING" )
            then award.grant($e, 3, "参加坝坝会");
            end

            rule "半年内第三次起加分"
            when
                $e : Evidence( type == "MEETING" )
                Tally( key == "MEETING", period == "HALF_YEAR", count >= 2 )
            then award.grant($e, 1, "半年坚持参会");
            end
            """;

    @Test
    void quartersAndHalfYearsAreCalendarOnes() {
        assertThat(Period.QUARTER.start(LocalDate.parse("2026-03-31"))).isEqualTo("2026-01-01");
        assertThat(Period.QUARTER.start(LocalDate.parse("2026-04-01"))).isEqualTo("2026-04-01");
        assertThat(Period.QUARTER.end(LocalDate.parse("2026-11-18"))).isEqualTo("2027-01-01");
        assertThat(Period.HALF_YEAR.start(LocalDate.parse("2026-06-30"))).isEqualTo("2026-01-01");
        assertThat(Period.HALF_YEAR.start(LocalDate.parse("2026-07-01"))).isEqualTo("2026-07-01");
        assertThat(Period.HALF_YEAR.end(LocalDate.parse("2026-07-01"))).isEqualTo("2027-01-01");
    }

    @Test
    void aQuarterCapResetsOnTheFirstDayOfTheNextQuarterAndAHalfYearTallyCountsAcrossIt() {
        CompiledPolicy policy = compile(RULES);
        MemberHistory history = new MemberHistory();
        Evaluation played = play(policy, history, resident(),
                evidence("e1", "MEETING", "2026-02-10T19:00"),
                evidence("e2", "MEETING", "2026-03-10T19:00"),
                evidence("e3", "MEETING", "2026-03-31T23:30"),
                evidence("e4", "MEETING", "2026-04-01T00:10"));
        assertThat(history.entries()).extracting(e -> e.evidenceId() + " " + e.rule() + " " + e.points()).containsExactly(
                "e1 季度两次 3", "e2 季度两次 3", "e3 半年内第三次起加分 1", "e4 季度两次 3", "e4 半年内第三次起加分 1");
        assertThat(played).isNotNull();
    }
}
