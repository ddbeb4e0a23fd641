package org.jifen.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The allow-list of the contract's §4: every file under {@code sandbox/rejected/} is refused at
 * validation with an error on the line and with the message its first line announces.
 */
class SandboxTest {

    static final String VILLAGE_YAML = """
            id: testcun
            name: 测试村
            region: 测试镇
            settings:
              patrol.points: "3"
            """;
    private static final Pattern EXPECT = Pattern.compile("// expect: (\\d+) (.+)");

    static PolicySource source(String file, String drl) {
        return new PolicySource("testcun", Map.of("village.yaml", VILLAGE_YAML, file, drl));
    }

    static List<Problem> problems(String file, String drl) {
        return catchThrowableOfType(PolicyException.class,
                () -> new PolicyCompiler().compile(source(file, drl), 1)).problems();
    }

    static Stream<Path> rejectedFiles() throws Exception {
        try (Stream<Path> files = Files.list(resource("/sandbox/rejected"))) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList().stream();
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SandboxTest.class.getResource(name).toURI());
    }

    @Test
    void theCorpusIsLargeEnough() throws Exception {
        assertThat(rejectedFiles()).hasSizeGreaterThanOrEqualTo(85);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedFiles")
    void isRejectedOnItsLine(Path path) throws Exception {
        String drl = Files.readString(path, StandardCharsets.UTF_8);
        Matcher expect = EXPECT.matcher(drl.lines().findFirst().orElse(""));
        assertThat(expect.matches()).as("first line of %s is // expect: <line> <message>", path).isTrue();
        int line = Integer.parseInt(expect.group(1));
        String message = expect.group(2).strip();
        String file = path.getFileName().toString();

        List<Problem> problems = problems(file, drl);

        assertThat(problems).as("problems of %s", file).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void factsImportAndAwardGlobalMayBeDeclared() {
        String drl = """
                package village.testcun;
                import org.jifen.facts.*;
                global org.jifen.facts.Awards award;

                rule "垃圾分类"
                when
                    $e : Evidence( type == "GARBAGE_SORTING", approved, status == Evidence.APPROVED )
                then
                    award.deduct($e, Math.abs(-2), "测试");
                end
                """;
        assertThatCode(() -> new PolicyCompiler().compile(source("rules.drl", drl), 1)).doesNotThrowAnyException();
    }

    @Test
    void forbiddenWordsInsideStringsAndCommentsAreFine() {
        String drl = """
                package village.testcun;

                rule "字符串"
                when
                    $e : Evidence( type == "PATROL", attr("note") != "System.exit" )
                then
                    // new Thread, insert, for, while: only words in a comment
                    award.grant($e, 1, "不要 System.exit(1) 也不要 new Thread() 或 for 循环");
                end
                """;
        assertThatCode(() -> new PolicyCompiler().compile(source("rules.drl", drl), 1)).doesNotThrowAnyException();
    }

    @Test
    void everyViolationOfAFileIsReported() {
        String drl = """
                package village.testcun;
                import java.io.File;

                rule "多处违规"
                when
                    $e : Evidence( type == "PATROL" )
                    eval( true )
                then
                    System.exit(1);
                    insert($e);
                end
                """;
        assertThat(problems("many.drl", drl)).extracting(Problem::line).contains(2, 7, 9, 10);
    }

    @Test
    void nothingOfTheCorpusRunsWhileItIsValidatedOrCompiled() throws Exception {
        Path marker = Path.of("/tmp/jifen-breach");
        Files.deleteIfExists(marker);
        for (Path path : rejectedFiles().toList()) {
            String drl = Files.readString(path, StandardCharsets.UTF_8);
            String file = path.getFileName().toString();
            assertThat(new PolicyCompiler().validate(source(file, drl))).as(file)
                    .anySatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
            assertThat(problems(file, drl)).as(file).isNotEmpty();
        }
        assertThat(System.getProperty("jifen.breach")).isNull();
        assertThat(marker).doesNotExist();
    }

    @Test
    void aLoneCarriageReturnEndsALineCommentAndTheCodeAfterItIsChecked() {
        String drl = "package village.testcun;\n\nrule \"回车\"\nwhen\n    $e : Evidence( type == \"PATROL\" )\nthen\n"
                + "    award.grant($e, 1, \"巡逻\"); // 注释\r    System.exit(1);\nend\n";
        assertThat(problems("cr.drl", drl)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
    }
}
