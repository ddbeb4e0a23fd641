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

/** The policy-test command, run in-process on the sample villages and on a broken one; no Spring, no database. */
class PolicyTestCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PolicyTestCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void allSampleVillagesPass() {
        int exit = run("--rules", "../rules", "--samples", "../samples");
        List<String> lines = outLines();
        assertThat(exit).as(String.join("\n", lines)).isZero();
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, 0 failed");
        assertThat(lines).anyMatch(l -> l.startsWith("PASS tanyin/")).anyMatch(l -> l.startsWith("PASS yaxi/"))
                .anyMatch(l -> l.startsWith("PASS guanghua/")).anyMatch(l -> l.startsWith("PASS lianhua/"))
                .anyMatch(l -> l.startsWith("PASS jiefang/")).anyMatch(l -> l.startsWith("PASS xingfu/"))
                .noneMatch(l -> l.startsWith("FAIL"));
        assertThat(passed(lines)).isEqualTo(lines.stream().filter(l -> l.startsWith("PASS ")).count());
    }

    @Test
    void villageOptionRunsOnlyThatVillage() {
        int exit = run("--rules", "../rules", "--samples", "../samples", "--village", "tanyin");
        List<String> lines = outLines();
        assertThat(exit).as(String.join("\n", lines)).isZero();
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, 0 failed");
        List<String> cases = lines.subList(0, lines.size() - 1).stream().filter(l -> l.startsWith("PASS ")).toList();
        assertThat(cases).isNotEmpty().allMatch(l -> l.startsWith("PASS tanyin/"));
        assertThat(passed(lines)).isEqualTo(cases.size());
    }

    @Test
    void brokenVillagePrintsFileAndLineAndFails(@TempDir Path temp) throws IOException {
        Path village = Files.createDirectories(temp.resolve("rules/broken"));
        Files.writeString(village.resolve("village.yaml"), "id: broken\nname: 坏村\ntimezone: Asia/Shanghai\n",
                StandardCharsets.UTF_8);
        Files.writeString(village.resolve("bad.drl"), """
                package village.broken;

                rule "坏规则"
                when
                    $e : Evidence( type == "PATROL" &&& )
                then
                    award.grant($e, 1, "x");
                end
                """, StandardCharsets.UTF_8);
        Path samples = Files.createDirectories(temp.resolve("samples/broken"));
        Files.writeString(samples.resolve("cases.yaml"), """
                cases:
                  - name: 巡逻
                    evidence:
                      - { id: e1, type: PATROL, at: "2026-11-18T19:00", minutes: 90 }
                    expect: []
                """, StandardCharsets.UTF_8);

        int exit = run("--rules", temp.resolve("rules").toString(), "--samples", temp.resolve("samples").toString());
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isEqualTo(1);
        List<String> lines = outLines();
        assertThat(lines).anyMatch(l -> l.startsWith("FAIL rules/broken/bad.drl:5:"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void missingOrUnknownArgumentsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
        assertThat(run("--rules", "../rules")).isEqualTo(2);
        assertThat(run("--samples", "../samples")).isEqualTo(2);
        assertThat(run("--rules")).isEqualTo(2);
        assertThat(run("--rules", "../no-such-dir", "--samples", "../samples")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such folder");
        assertThat(run("--rules", "../rules", "--samples", "../samples", "--verbose")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument --verbose");
    }

    private static long passed(List<String> lines) {
        return Long.parseLong(lines.get(lines.size() - 1).split(" ")[0]);
    }
}
