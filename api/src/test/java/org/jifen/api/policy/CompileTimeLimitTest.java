package org.jifen.api.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jifen.engine.policy.CompileLimits;
import org.jifen.engine.policy.EvaluationLimits;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.junit.jupiter.api.Test;

/**
 * Compiling runs under a time limit on every route. Every route of the service (loading a stored
 * version, the publish gate, draft validate and test, simulate, coverage, templates, the CLI)
 * compiles through {@code PolicyCompiler.compile} with the default limits (20 s), and the engine
 * builds a rule base only inside {@code RuleBase.buildWithin}, except from fixed texts: the shared
 * rule base of list-only villages and the probe rule that measures consequence lines, each built once. Checked here on the sources, and on behaviour
 * with a limit too short for any compile.
 */
class CompileTimeLimitTest {

    private static final Path API = Path.of("src/main/java");
    private static final Path ENGINE = Path.of("../engine/src/main/java");
    private static final PolicyCompiler HASTY = new PolicyCompiler(EvaluationLimits.DEFAULT,
            new CompileLimits(512 * 1024, 4 << 20, 1_000, 32, Duration.ofMillis(1)), true);
    private static final String YAML = "id: hasty\nname: 急村\nregion: 测试\n";
    private static final String DRL = """
            package village.hasty;
            rule "巡逻" when $e : Evidence( type == "PATROL" ) then award.grant($e, 1, "巡逻"); end
            """;
    private static final String LIST = "item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes\n"
            + "参加议事会,COUNCIL,2,善治,2/MONTH,,,false,\n";

    @Test
    void aRuleBaseThatTakesTooLongToBuildIsRefusedWhateverTheBundle() {
        assertRefused(Map.of("village.yaml", YAML, "rules.drl", DRL));
        assertRefused(Map.of("village.yaml", YAML, "rules.drl", DRL, "points-list.csv", LIST));
        assertRefused(Map.of("village.yaml", YAML, "points-list.csv", LIST), HASTY.withOwnRuleBases());
    }

    @Test
    void aListOnlyVillageBuildsNoRuleBaseOfItsOwn() {
        assertThat(HASTY.compile(new PolicySource("hasty", Map.of("village.yaml", YAML, "points-list.csv", LIST)), 1)
                .sharesRuleBase()).isTrue();
    }

    @Test
    void everyRouteCompilesThroughTheLimitedBuild() {
        assertThat(filesCalling(ENGINE, "RuleBase.build(")).as("callers of the unlimited build, outside RuleBase")
                .containsExactly("SharedTableBase.java");
        assertThat(filesCalling(ENGINE, "RuleBase.buildWithin(")).as("callers of the limited build")
                .contains("PolicyCompiler.java");
        assertThat(filesCalling(ENGINE, "newKnowledgeBuilder")).as("builders: RuleBase's, and a fixed probe rule")
                .contains("RuleBase.java").isSubsetOf("RuleBase.java", "ConsequenceLines.java");
        assertThat(read(ENGINE.resolve("org/jifen/engine/policy/SharedTableBase.java")))
                .contains("RuleBase.build(\"shared-table\", List.of(unit), problems)");
        for (String drools : List.of("KnowledgeBuilder", "KieHelper", "KieBuilder", "newKieContainer", "RuleBase.")) {
            assertThat(filesCalling(API, drools)).as("the service builds rules only through PolicyCompiler: " + drools)
                    .isEmpty();
        }
        Matcher constructed = Pattern.compile("new PolicyCompiler\\(([^)]*)\\)").matcher(String.join("\n",
                sources(API).map(CompileTimeLimitTest::read).toList()));
        int routes = 0;
        while (constructed.find()) {
            assertThat(constructed.group(1)).as("a compiler with its own limits").isEmpty();
            routes++;
        }
        assertThat(routes).as("compilers of the service's routes").isGreaterThanOrEqualTo(7);
        assertThat(CompileLimits.DEFAULT.maxCompileTime()).isEqualTo(Duration.ofSeconds(20));
    }

    private static void assertRefused(Map<String, String> files) {
        assertRefused(files, HASTY);
    }

    private static void assertRefused(Map<String, String> files, PolicyCompiler compiler) {
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> compiler.compile(new PolicySource("hasty", files), 1));
        assertThat(e).as("bundle %s", files.keySet()).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("编译规则超过了"));
    }

    private static List<String> filesCalling(Path root, String text) {
        return sources(root).filter(p -> read(p).contains(text)).map(p -> p.getFileName().toString()).toList();
    }

    private static Stream<Path> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
