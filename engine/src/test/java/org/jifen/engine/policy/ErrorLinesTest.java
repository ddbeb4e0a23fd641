package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error names the author's file and the line it is on. */
class ErrorLinesTest {

    private static final String HEAD = """
            package village.testcun;
            // line 2
            // line 3
            // line 4
            // line 5
            rule "好规则"
            when
                $e : Evidence( type == "PATROL" )
            then
                award.grant($e, 1, "巡逻");
            end
            """;

    private static List<Problem> problems(String drl) {
        return catchThrowableOfType(PolicyException.class, () -> TestPolicies.compile(drl)).problems();
    }

    @Test
    void unknownPropertyOnLine12IsReportedOnLine12() {
        List<Problem> problems = problems(HEAD + """
                rule "坏规则"
                when
                    $e : Evidence( nosuch == 1 )
                then
                    award.grant($e, 1, "x");
                end
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules.drl");
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.message()).contains("nosuch");
        });
    }

    @Test
    void consequenceErrorIsReportedOnItsLine() {
        List<Problem> problems = problems(HEAD + """
                rule "坏结果"
                when
                    $e : Evidence( type == "X" )
                then
                    award.grant($e, "two", "x");
                end
                """);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("rules.drl"));
        assertThat(problems).extracting(Problem::line).contains(16);
    }

    @Test
    void consequenceErrorOnALaterLineWithMoreImportsIsReportedOnItsLine() {
        List<Problem> problems = problems(HEAD.replace("package village.testcun;", "package village.testcun; import java.time.LocalDate;") + """
                rule "坏结果"
                when
                    $e : Evidence( type == "X" )
                then
                    // 奖励

                    award.grant($e, "two" + 1, "x");
                end
                """);
        assertThat(problems).extracting(Problem::line).containsExactly(18);
    }

    @Test
    void syntaxErrorIsReportedOnItsLine() {
        List<Problem> problems = problems(HEAD + "\nrule \"缺end\"\nwhen\n    $e : Evidence( type == \"X\" \nthen\n");
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).line()).isBetween(13, 16);
    }

    @Test
    void sandboxViolationIsReportedOnItsLine() {
        List<Problem> problems = problems(HEAD + """
                rule "坏人"
                when
                    $e : Evidence( type == "X" )
                then
                    award.grant($e, 1, "x");
                    System.exit(1);
                end
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(17);
            assertThat(p.message()).contains("System");
        });
    }

    @Test
    void badMetadataIsReportedOnTheRule() {
        List<Problem> problems = problems(HEAD + """
                rule "坏上限"
                    @maxTimes("3 per week")
                when
                    $e : Evidence( type == "X" )
                then
                    award.grant($e, 1, "x");
                end
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isBetween(12, 13);
            assertThat(p.message()).contains("N/PERIOD");
        });
    }

    @Test
    void ruleNamedLikeAnEvidenceTypeIsRejected() {
        List<Problem> problems = problems(HEAD.replace("好规则", "PATROL"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("和一种证据类型相同");
        });
    }

    @Test
    void duplicateRuleNamesAcrossFilesAreRejected() {
        PolicySource source = TestPolicies.source(HEAD);
        java.util.Map<String, String> files = new java.util.TreeMap<>(source.files());
        files.put("more.drl", HEAD.replace("village.testcun", "village.testcun.more"));
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> new PolicyCompiler().compile(new PolicySource("testcun", files), 1));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("重复了"));
    }

    @Test
    void villageYamlErrorsNameTheFileAndLine() {
        java.util.Map<String, String> files = new java.util.TreeMap<>(TestPolicies.source(HEAD).files());
        files.put("village.yaml", "id: testcun\nname: 测试村\ncaps:\n  弘德: lots\n");
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> new PolicyCompiler().compile(new PolicySource("testcun", files), 1));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("village.yaml");
            assertThat(p.line()).isEqualTo(4);
        });
    }
}
