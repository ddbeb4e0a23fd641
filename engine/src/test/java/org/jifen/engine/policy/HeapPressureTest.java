package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.engine.policy.TestPolicies.entry;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;

import org.jifen.engine.history.MemberHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rule joining many HouseholdTally patterns without a key passes the grammar and builds its join
 * before any rule fires: the watchdog stops it at once while the heap is under pressure, instead of
 * letting it grow until its deadline.
 */
class HeapPressureTest {

    private static final String JOIN = """
            package village.testcun;
            rule "七连" @category("测试")
            when
                $e : Evidence( type == "SLOW" )
                HouseholdTally( $a : points )
                HouseholdTally( $b : points )
                HouseholdTally( $c : points )
                HouseholdTally( $d : points )
                HouseholdTally( $f : points )
                HouseholdTally( $g : points )
                HouseholdTally( points > $a + $b + $c + $d + $f + $g + 1000000 )
            then award.grant($e, 1, "七连"); end
            """;

    @AfterEach
    void restore() {
        Watchdog.heapFraction = 0.75;
    }

    @Test
    void underHeapPressureARunawayJoinIsStoppedLongBeforeItsDeadline() {
        CompiledPolicy policy = TestPolicies.compile(JOIN);
        MemberHistory history = new MemberHistory();
        for (int i = 0; i < 60; i++) {
            history.addEntry(entry("h" + i, "T" + i, "记录" + i, "测试", 1, "2026-11-18T08:00"));
        }
        Watchdog.heapFraction = 0.0; // every heap counts as under pressure
        long started = System.nanoTime();
        EvaluationException stopped = catchThrowableOfType(EvaluationException.class,
                () -> policy.evaluate(evidence("s1", "SLOW", "2026-11-18T09:00"), resident(), history, history));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(stopped).isNotNull();
        assertThat(millis).as("stopped after %d ms; its deadline is 2,000 ms", millis).isLessThan(1_500);
        assertThat(policy.guardTrips()).isEqualTo(1);
        Watchdog.heapFraction = 0.75;
        assertThat(policy.evaluate(evidence("p1", "PLAIN", "2026-11-18T09:00"), resident(), history, history)
                .awards()).as("the policy still evaluates other evidence").isEmpty();
    }
}
