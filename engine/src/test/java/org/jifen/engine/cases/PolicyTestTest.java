package org.jifen.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jifen.engine.policy.PolicyCompiler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy-test command of §7 over a small rules/ and samples/ tree. */
class PolicyTestTest {

    private static final String PATROL_RULE = """
            package village.%s;

            rule "治安巡逻"
                @category("善治")
            when
                $e : Evidence( type == "PATROL", approved )
            then
                award.grant($e, 3, "巡逻");
            end
            """;

    private static final String CASES = """
            cases:
              - name: 巡逻 得3分
                evidence:
                  - { id: e1, type: PATROL, at: "2026-11-18T20:00" }
                expect:
                  - { evidence: e1, rule: "治安巡逻", points: 3, category: 善治 }
              - name: 巡逻 分值写错
                evidence:
                  - { id: e1, type: PATROL, at: "2026-11-18T20:00" }
                expect:
                  - { evidence: e1, rule: "治安巡逻", points: 5 }
              - name: 待审核 不得分
                evidence:
                  - { id: e1, type: PATROL, at: "2026-11-18T20:00", status: PENDING }
                expect: []
            """;

    @TempDir
    Path root;
    private Path rules;
    private Path samples;

    @BeforeEach
    void tree() throws IOException {
        rules = root.resolve("rules");
        samples = root.resolve("samples");
        village("alpha", "rules.drl", PATROL_RULE.formatted("alpha"));
        write(samples.resolve("alpha/cases.yaml"), CASES);
        village("beta", "rules.drl", PATROL_RULE.formatted("beta"));
        village("gamma", "rules.drl", PATROL_RULE.formatted("gamma").replace("award.grant($e, 3, \"巡逻\");",
                "award.grant($e, 3, \"巡逻\"); System.exit(0);"));
        write(samples.resolve("gamma/cases.yaml"), CASES);
        village("_template", "rules.drl", "not even DRL");
    }

    private void village(String id, String file, String text) throws IOException {
        write(rules.resolve(id).resolve("village.yaml"), "id: " + id + "\nname: 测试村\n");
        write(rules.resolve(id).resolve(file), text);
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private List<String> run(String village) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new PolicyTest(new PolicyCompiler()).runAll(rules, samples, village, out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsEveryCaseAndEndsWithTheCounts() {
        List<String> out = run(null);
        assertThat(out).contains("PASS alpha/cases.yaml · 巡逻 得3分", "FAIL alpha/cases.yaml · 巡逻 分值写错",
                "PASS alpha/cases.yaml · 待审核 不得分");
        assertThat(out.get(out.size() - 1)).isEqualTo("2 passed, 3 failed");
        assertThat(out).noneMatch(line -> line.contains("_template"));
    }

    @Test
    void aFailingCaseShowsExpectedAndActual() {
        List<String> out = run("alpha");
        int fail = out.indexOf("FAIL alpha/cases.yaml · 巡逻 分值写错");
        assertThat(fail).isNotNegative();
        assertThat(out.subList(fail + 1, fail + 3)).containsExactlyInAnyOrder(
                "     应得而未得：｛证据 e1，规则 治安巡逻，5 分｝",
                "     未预期而得：｛证据 e1，规则 治安巡逻，3 分，类别 善治，申请 3 分｝");
        assertThat(out.get(out.size() - 1)).isEqualTo("2 passed, 1 failed");
    }

    @Test
    void aVillageWithoutCasesCountsAsFailed() {
        assertThat(run("beta")).containsExactly("FAIL village beta has no sample cases", "0 passed, 1 failed");
    }

    @Test
    void aBrokenPolicyPrintsItsProblemsWithFileAndLine() {
        List<String> out = run("gamma");
        assertThat(out).anySatisfy(line -> assertThat(line)
                .startsWith("FAIL rules/gamma/rules.drl:8:").contains("error: then 后面只能写 award.grant").contains("不能写“System”"));
        assertThat(out).noneMatch(line -> line.startsWith("PASS"));
        assertThat(out.get(out.size() - 1)).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void aMalformedCaseFileIsReportedWithItsName() throws IOException {
        write(samples.resolve("alpha/broken.yaml"), "cases:\n  - evidence: []\n");
        List<String> out = run("alpha");
        assertThat(out).anySatisfy(line -> assertThat(line).startsWith("FAIL samples/alpha/broken.yaml").contains("name"));
        assertThat(out.get(out.size() - 1)).isEqualTo("2 passed, 2 failed");
    }

    @Test
    void anUnknownVillageIsAFailure() {
        List<String> out = run("nowhere");
        assertThat(out.get(0)).startsWith("no village found under").endsWith("named nowhere");
        assertThat(out.get(out.size() - 1)).isEqualTo("0 passed, 1 failed");
    }
}
