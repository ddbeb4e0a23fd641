package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;
import static org.jifen.engine.policy.TestPolicies.source;

import java.time.Duration;
import org.jifen.engine.history.MemberHistory;
import org.junit.jupiter.api.Test;

/**
 * The runtime guards of §4: an evaluation that fires too many rules, runs too long or fails is
 * stopped, reported and writes nothing, and the policy keeps working. The sandbox is switched off
 * here so that rules the allow-list would refuse can reach the guards.
 */
class GuardsTest {

    private static final EvaluationLimits LIMITS = new EvaluationLimits(50, Duration.ofMillis(200));

    private static final String BOMBS = """
            package village.testcun;

            rule "无害"
            when
                $e : Evidence( type == "PLAIN" )
            then
                award.grant($e, 1, "无害");
            end

            rule "插入炸弹"
            when
                $e : Evidence( type == "BOMB" )
            then
                award.grant($e, 1, "炸弹");
                insert(new Evidence($e.id() + "+", "BOMB", $e.memberId(), null, $e.occurredAt(), 0, 1, 0, "APPROVED", null));
            end

            rule "更新循环"
            when
                $e : Evidence( type == "LOOP" )
            then
                award.grant($e, 1, "循环");
                update($e);
            end

            rule "慢循环"
            when
                $e : Evidence( type == "SLOW" )
            then
                Thread.sleep(20);
                update($e);
            end
            """;

    private final CompiledPolicy unguarded = new PolicyCompiler(LIMITS, false).compile(source(BOMBS), 1);

    private void assertStillWorks(CompiledPolicy policy) {
        MemberHistory history = new MemberHistory();
        Evaluation harmless = policy.evaluate(evidence("ok", "PLAIN", "2026-11-18T08:00"), resident(), history);
        assertThat(harmless.awards()).extracting(AwardOutcome::rule, AwardOutcome::points).containsExactly(tuple("无害", 1));
    }

    @Test
    void anInsertBombIsStoppedAtTheFiringLimit() {
        MemberHistory history = new MemberHistory();
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> unguarded.evaluate(evidence("b1", "BOMB", "2026-11-18T08:00"), resident(), history));
        assertThat(e).hasMessageContaining("more than 50 rule firings").hasMessageContaining("插入炸弹");
        assertThat(history.entries()).isEmpty();
        assertStillWorks(unguarded);
    }

    @Test
    void anUpdateLoopIsStoppedAtTheFiringLimit() {
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> unguarded.evaluate(evidence("l1", "LOOP", "2026-11-18T08:00"), resident(), new MemberHistory()));
        assertThat(e).hasMessageContaining("more than 50 rule firings").hasMessageContaining("更新循环");
        assertStillWorks(unguarded);
    }

    @Test
    void theGuardTripsEveryTimeAndThePoolIsNotPoisoned() {
        for (int i = 0; i < 20; i++) {
            org.jifen.facts.Evidence hostile = evidence("b" + i, i % 2 == 0 ? "BOMB" : "LOOP", "2026-11-18T08:00");
            assertThat(catchThrowableOfType(EvaluationException.class,
                    () -> unguarded.evaluate(hostile, resident(), new MemberHistory()))).as("evaluation %d", i).isNotNull();
            assertStillWorks(unguarded);
        }
    }

    @Test
    void aSlowEvaluationIsStoppedAtTheTimeLimit() {
        long start = System.nanoTime();
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> unguarded.evaluate(evidence("s1", "SLOW", "2026-11-18T08:00"), resident(), new MemberHistory()));
        assertThat(e).hasMessageContaining("longer than 200 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertStillWorks(unguarded);
    }

    @Test
    void withTheSandboxTheSameFileIsRejectedAtValidation() {
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> new PolicyCompiler(LIMITS, true).compile(source(BOMBS), 1));
        assertThat(e.problems()).extracting(Problem::line, Problem::message).contains(
                tuple(15, "规则不能增加、修改或删除事实（insert）：then 后面只能写 award.grant 或 award.deduct"),
                tuple(23, "规则不能增加、修改或删除事实（update）：then 后面只能写 award.grant 或 award.deduct"),
                tuple(30, "then 后面只能写 award.grant($e, 分值, \"理由\"); 或 award.deduct($e, 分值, \"理由\");，不能写“Thread”"));
        assertThat(new PolicyCompiler().validate(source(BOMBS))).extracting(Problem::line).containsExactly(15, 23, 30, 31);
    }

    @Test
    void aRuleThatThrowsYieldsAnEvaluationException() {
        CompiledPolicy policy = new PolicyCompiler().compile(source("""
                package village.testcun;

                rule "改写属性"
                when
                    $e : Evidence( type == "WRITER" )
                then
                    award.grant($e, 10 / $e.minutes(), "不会到这里");
                end

                rule "无害"
                when
                    $e : Evidence( type == "PLAIN" )
                then
                    award.grant($e, 1, "无害");
                end
                """), 1);
        MemberHistory history = new MemberHistory();
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> policy.evaluate(evidence("w1", "WRITER", "2026-11-18T08:00"), resident(), history));
        assertThat(e).hasMessageStartingWith("rule failed").hasMessageContaining("ArithmeticException");
        assertThat(history.entries()).isEmpty();
        assertStillWorks(policy);
    }
}
