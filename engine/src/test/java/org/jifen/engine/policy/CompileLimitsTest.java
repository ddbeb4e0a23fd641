package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Oversized and overgrown policies are rejected at validation, quickly, with a plain message. */
class CompileLimitsTest {

    private static final String VILLAGE = "id: testcun\nname: 测试村\n";

    private static List<Problem> problems(PolicyCompiler compiler, String file, String text) {
        return catchThrowableOfType(PolicyException.class,
                () -> compiler.compile(new PolicySource("testcun", Map.of("village.yaml", VILLAGE, file, text)), 1)).problems();
    }

    private static String rules(int count) {
        StringBuilder drl = new StringBuilder("package village.testcun;\n");
        for (int i = 0; i < count; i++) {
            drl.append("rule \"r").append(i).append("\" when $e : Evidence( type == \"T").append(i)
                    .append("\" ) then award.grant($e, 1, \"x\"); end\n");
        }
        return drl.toString();
    }

    @Test
    void aTwentyMegabyteFileIsRejectedBeforeParsing() {
        String huge = "package village.testcun;\n" + "// 填充\n".repeat(2_000_000);
        long start = System.nanoTime();
        assertThat(problems(new PolicyCompiler(), "huge.drl", huge))
                .anySatisfy(p -> assertThat(p.message()).contains("每个文件最多"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void tenThousandRulesAreRejected() {
        assertThat(problems(new PolicyCompiler(), "many.drl", rules(10_000))).isNotEmpty();
        PolicyCompiler roomy = new PolicyCompiler(EvaluationLimits.DEFAULT,
                new CompileLimits(64 << 20, 64 << 20, 1_000, 32, Duration.ofSeconds(60)), true);
        assertThat(problems(roomy, "many.drl", rules(10_000)))
                .anySatisfy(p -> assertThat(p.message()).contains("有 10000 条规则，太多了：最多 1000 条"));
    }

    @Test
    void deepNestingIsRejectedWithItsLine() {
        String nested = "package village.testcun;\n\nrule \"深\"\nwhen\n    $e : Evidence( "
                + "(".repeat(10_000) + "minutes > 1" + ")".repeat(10_000) + " )\nthen\n    award.grant($e, 1, \"x\");\nend\n";
        assertThat(problems(new PolicyCompiler(), "deep.drl", nested)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("超过 32 层");
        });
    }

    @Test
    void compileTimeIsBounded() {
        PolicyCompiler hasty = new PolicyCompiler(EvaluationLimits.DEFAULT,
                new CompileLimits(512 * 1024, 4 << 20, 1_000, 32, Duration.ofMillis(1)), true);
        assertThat(problems(hasty, "some.drl", rules(200)))
                .anySatisfy(p -> assertThat(p.message()).contains("编译规则超过了"));
    }
}
