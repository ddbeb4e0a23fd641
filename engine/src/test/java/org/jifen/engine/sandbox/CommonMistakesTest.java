package org.jifen.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mistakes officials make most, each with the plain Chinese message they get and the line it names. */
class CommonMistakesTest {

    private static final String RULE = """
            package village.testcun;

            rule "治安巡逻"
                @category("平安建设")
                @maxTimes("3/WEEK")
            when
                $e : Evidence( type == "PATROL", approved, minutes >= 60 )
            then
                award.grant($e, 3, "参加治安巡逻");
            end

            rule "夜间巡逻"
            when
                $e : Evidence( type == "PATROL", approved, attr("shift") == "NIGHT" )
            then
                award.grant($e, 1, "夜间巡逻");
            end
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全角逗号               | approved, minutes           | approved，minutes             | 7  | 中文全角标点“，”：请改成英文半角的“,”
            全角括号               | Evidence( type              | Evidence（ type               | 7  | 中文全角标点“（”
            属性拼错               | approved, minutes           | aproved, minutes              | 7  | 没有“aproved”；是不是想写“approved”
            事实拼错               | $e : Evidence( type == "PATROL", approved, attr | $e : Evidense( type == "PATROL", approved, attr | 14 | 是不是想写“Evidence”
            中文数字当分值          | award.grant($e, 3,          | award.grant($e, 三,           | 9  | 数字要写成阿拉伯数字
            分值加了引号            | award.grant($e, 3,          | award.grant($e, "3",          | 9  | 数字不要加引号
            分值写成文字            | award.grant($e, 3,          | award.grant($e, three,        | 9  | 不认识“three”
            上限写错                | 3/WEEK                      | 3/WEK                         | 5  | 上限“3/WEK”写法不对
            缺少end                | 参加治安巡逻");\\nend        | 参加治安巡逻");\\n             | 3  | 规则 "治安巡逻" 缺少结尾的 end
            忘了分号                | "参加治安巡逻");            | "参加治安巡逻")               | 9  | 英文分号
            grant拼错              | award.grant($e, 3,          | award.grnat($e, 3,            | 9  | 是不是想写“grant”
            """)
    void isExplainedInChineseOnItsLine(String mistake, String from, String to, int line, String message) {
        String drl = RULE.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(drl).as("the mistake applies").isNotEqualTo(RULE);
        List<Problem> problems = new PolicyCompiler().validate(SandboxTest.source("rules.drl", drl));
        assertThat(problems).as(mistake).first().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(message);
        });
    }
}
