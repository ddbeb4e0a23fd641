package org.jifen.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** policy-test --coverage, and the static checks' CHECK lines: an error fails the run as a publish would fail. */
class PolicyTestCoverageTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return PolicyTestCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Path village(Path temp, String list, String cases) throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules/cun"));
        Files.writeString(rules.resolve("village.yaml"), "id: cun\nname: 测试村\n");
        Files.writeString(rules.resolve("points-list.csv"), list);
        Path samples = Files.createDirectories(temp.resolve("samples/cun"));
        Files.writeString(samples.resolve("cases.yaml"), cases);
        return temp;
    }

    private static final String CASES = """
            cases:
              - name: 巡逻
                evidence:
                  - { id: e1, type: PATROL, at: "2026-11-18T19:00" }
                expect:
                  - { evidence: e1, rule: "治安巡逻", points: 3 }
            """;

    @Test
    void coverageListsWhatFiredAndWhatNever(@TempDir Path temp) throws IOException {
        village(temp, "项目,类型,分值\n治安巡逻,PATROL,3\n参加会议,MEETING,2\n", CASES);
        int exit = run("--rules", temp.resolve("rules").toString(), "--samples", temp.resolve("samples").toString(),
                "--coverage");
        assertThat(exit).as(String.join("\n", lines())).isZero();
        assertThat(lines()).contains("coverage cun: 1 of 2 rules fired over the sample cases")
                .anyMatch(l -> l.matches("\\s+fired\\s+1×\\s+治安巡逻\\s+\\(points-list.csv:2, 综合\\)"))
                .anyMatch(l -> l.matches("\\s+NEVER FIRED\\s+参加会议\\s+\\(points-list.csv:3, 综合\\)"));
    }

    @Test
    void aDoubleAwardFailsTheRunWithACheckLine(@TempDir Path temp) throws IOException {
        village(temp, "项目,类型,分值\n治安巡逻,PATROL,3\n夜间巡逻,PATROL,2\n", CASES.replace("points: 3 }",
                "points: 3 }\n      - { evidence: e1, rule: \"夜间巡逻\", points: 2 }"));
        int exit = run("--rules", temp.resolve("rules").toString(), "--samples", temp.resolve("samples").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(lines()).anyMatch(l -> l.startsWith("CHECK cun/points-list.csv:3:2: error: 重复计分"))
                .anyMatch(l -> l.startsWith("PASS cun/"))
                .last().asString().contains("static-check error(s)");
    }

    @Test
    void sampleVillagesHaveCoverageAndNoCheckErrors() {
        int exit = run("--rules", "../rules", "--samples", "../samples", "--village", "yaxi", "--coverage");
        assertThat(exit).as(String.join("\n", lines())).isZero();
        assertThat(lines()).anyMatch(l -> l.startsWith("coverage yaxi: "))
                .noneMatch(l -> l.startsWith("CHECK") && l.contains(": error: "));
    }
}
