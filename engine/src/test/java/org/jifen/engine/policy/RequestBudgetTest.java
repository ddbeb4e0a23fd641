package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.engine.policy.TestPolicies.entry;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jifen.engine.history.MemberHistory;
import org.junit.jupiter.api.Test;

/**
 * A request's budget across evaluations ({@link CompiledPolicy#within}): a view stops at the
 * request's deadline and after its firings, throws {@link EvaluationException.BudgetSpent}, which
 * is no guard trip, and leaves the policy itself unbounded.
 */
class RequestBudgetTest {

    /** Plain DRL: a four-way join over Tally is slow (tens to hundreds of ms) with a few dozen tallies. */
    static final String SLOW = """
            package village.testcun;

            rule "记录" @category("测试")
            when $e : Evidence( type != "SLOW" ) then award.grant($e, 1, "记录"); end

            rule "慢" @category("测试")
            when
                $e : Evidence( type == "SLOW" )
                Tally( $a : points )
                Tally( $b : points )
                Tally( $c : points )
                Tally( points > $a + $b + $c + 1000000 )
            then
                award.grant($e, 1, "慢");
            end

            rule "多" @category("测试")
            when
                $e : Evidence( type == "MANY" )
                Tally( $a : points )
                Tally( points >= $a )
            then
                award.grant($e, 1, "多");
            end
            """;

    private final CompiledPolicy policy = TestPolicies.compile(SLOW);

    private static MemberHistory longHistory(int types) {
        MemberHistory history = new MemberHistory();
        for (int i = 0; i < types; i++) {
            history.addEntry(entry("h" + i, "T" + i, "记录", "测试", 1, "2026-11-18T08:00"));
        }
        return history;
    }

    /** A join in progress cannot be halted: the evaluation ends at its next firing, then reports the spent budget. */
    @Test
    void aSpentDeadlineStopsTheRunningEvaluationWithoutAGuardTrip() {
        MemberHistory history = longHistory(6); // six periods per key: 42 Tally facts, a join of about 3 M
        CompiledPolicy view = policy.within(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20), 1_000_000);
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> view.evaluate(evidence("s1", "SLOW", "2026-11-18T09:00"), resident(), history));
        assertThat(e).isInstanceOf(EvaluationException.BudgetSpent.class).hasMessageContaining("time budget");
        assertThat(catchThrowableOfType(EvaluationException.BudgetSpent.class,
                () -> view.evaluate(evidence("p1", "PLAIN", "2026-11-18T09:00"), resident(), history))).isNotNull();
        assertThat(policy.guardTrips()).isZero();
        assertThat(policy.evaluate(evidence("p2", "PLAIN", "2026-11-18T09:00"), resident(), history).awards()).hasSize(1);
    }

    @Test
    void theFiringsAreCountedAcrossTheViewsEvaluations() {
        CompiledPolicy view = policy.within(System.nanoTime() + TimeUnit.SECONDS.toNanos(30), 2);
        MemberHistory history = new MemberHistory();
        view.evaluate(evidence("p1", "PLAIN", "2026-11-18T09:00"), resident(), history);
        view.evaluate(evidence("p2", "PLAIN", "2026-11-18T09:00"), resident(), history);
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> view.evaluate(evidence("p3", "PLAIN", "2026-11-18T09:00"), resident(), history));
        assertThat(e).isInstanceOf(EvaluationException.BudgetSpent.class).hasMessageContaining("firings");
        assertThat(policy.guardTrips()).isZero();
    }

    @Test
    void theViewsOwnGuardStillTripsAsAGuard() {
        CompiledPolicy tight = new PolicyCompiler(new EvaluationLimits(50, Duration.ofSeconds(2)), true)
                .compile(TestPolicies.source(SLOW), 1);
        CompiledPolicy view = tight.within(System.nanoTime() + TimeUnit.SECONDS.toNanos(30), 1_000_000);
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> view.evaluate(evidence("m1", "MANY", "2026-11-18T09:00"), resident(), longHistory(4)));
        assertThat(e).isNotInstanceOf(EvaluationException.BudgetSpent.class).hasMessageContaining("more than 50");
        assertThat(tight.guardTrips()).isEqualTo(1);
    }
}
