package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.engine.policy.TestPolicies.source;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jifen.engine.history.Period;
import org.jifen.facts.Standing;
import org.junit.jupiter.api.Test;

/**
 * The runtime guards stop programme rules (评星) as they stop evaluations: a programme rule that
 * never returns is stopped by the watchdog and reported as an {@link EvaluationException} (not a
 * raw {@link ThreadDeath} in the caller), counted as a guard trip, and the policy keeps working.
 * The sandbox is switched off here so that a consequence can loop at all.
 */
class ProgrammeGuardsTest {

    private static final EvaluationLimits LIMITS = new EvaluationLimits(50, Duration.ofMillis(200));

    private static final String RULES = """
            package village.testcun;

            rule "永不返回"
                @programme("QUARTER")
            when $s : Standing( total < 0 )
            then
                long n = 1;
                while (n > 0) { n = n * 3 + 1; if (n > 1000000L) { n = 1; } }
            end

            rule "季度星"
                @programme("QUARTER")
            when $s : Standing( total > 0 )
            then award.honour($s, "季度星");
            end
            """;

    @Test
    void aProgrammeRuleThatNeverReturnsIsStoppedAndThePolicyKeepsWorking() {
        CompiledPolicy policy = new PolicyCompiler(LIMITS, false).compile(source(RULES), 1);
        List<Standing> hostile = Standings.rank("户", Period.QUARTER, "2026-Q1", Map.of("h1", -1));
        long started = System.nanoTime();
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> policy.runProgramme(Period.QUARTER, hostile));
        assertThat(e).hasMessageContaining("did not return");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(policy.guardTrips()).isEqualTo(1);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        List<Standing> plain = Standings.rank("户", Period.QUARTER, "2026-Q1", Map.of("h2", 5));
        assertThat(policy.runProgramme(Period.QUARTER, plain)).extracting(a -> a.award().rule())
                .containsExactly("季度星");
    }
}
