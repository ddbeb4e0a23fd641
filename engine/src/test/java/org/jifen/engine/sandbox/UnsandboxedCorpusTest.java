package org.jifen.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.EvaluationException;
import org.jifen.engine.policy.EvaluationLimits;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus files that would hang or loop, compiled with the linter switched off: the runtime
 * guards (firing and award limits, the deadline, the watchdog) stop every one, and the JVM and
 * the policy stay usable.
 */
class UnsandboxedCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/sandbox/rejected");
    private static final String VILLAGE = "id: testcun\nname: 测试村\n";
    private static final EvaluationLimits TIGHT = new EvaluationLimits(50, Duration.ofMillis(300));

    @ParameterizedTest
    @ValueSource(strings = {"do-while.drl", "for-loop.drl", "function-while-true.drl", "insert.drl", "update.drl",
            "thread-sleep.drl", "modify.drl"})
    void runtimeGuardsStopWhatWouldHangOrLoop(String file) throws Exception {
        String drl = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
        CompiledPolicy policy;
        try {
            policy = new PolicyCompiler(TIGHT, false).compile(
                    new PolicySource("testcun", Map.of("village.yaml", VILLAGE, file, drl)), 1);
        } catch (PolicyException e) {
            assertThat(e.problems()).as("does not even compile without the linter").isNotEmpty();
            return;
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> policy.evaluate(patrol("e1"), member(), new MemberHistory()))
                .isInstanceOf(EvaluationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped promptly").isLessThan(Duration.ofSeconds(10));
        assertThat(policy.guardTrips()).isPositive();
        assertThat(Thread.currentThread().isInterrupted()).as("the caller's thread is left usable").isFalse();
        CompiledPolicy harmless = new PolicyCompiler().compile(new PolicySource("testcun", Map.of("village.yaml", VILLAGE,
                "ok.drl", "package village.testcun;\nrule \"ok\" when $e : Evidence( type == \"PATROL\" ) then award.grant($e, 1, \"ok\"); end\n")), 1);
        assertThat(harmless.evaluate(patrol("e2"), member(), new MemberHistory()).credited()).hasSize(1);
    }

    private static Evidence patrol(String id) {
        return new Evidence(id, "PATROL", "m1", null, LocalDateTime.parse("2026-11-18T08:00"), 60, 1, 0, "APPROVED", Map.of());
    }

    private static Member member() {
        return new Member("m1", "h1", Set.of("RESIDENT"), null);
    }
}
