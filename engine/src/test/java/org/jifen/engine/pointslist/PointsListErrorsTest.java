package org.jifen.engine.pointslist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jifen.engine.pointslist.PointsListTest.FILE;
import static org.jifen.engine.pointslist.PointsListTest.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mistake in a points list is reported with its row (the CSV line) and column. */
class PointsListErrorsTest {

    private static final String HEADER = "item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes\n";

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("unclosed quote", "\"参加说事会,MEETING,2", 1, "引号没有配对"),
                Arguments.of("missing item", ",MEETING,2", 1, "项目需要填写名称"),
                Arguments.of("blank item", "   ,MEETING,2", 1, "项目需要填写名称"),
                Arguments.of("bad type", "参加说事会,开会,2", 2, "类型“开会”不是证据类型代码"),
                Arguments.of("missing type", "参加说事会,,2", 2, "类型不能空着"),
                Arguments.of("non-integer points", "参加说事会,MEETING,2.5", 3, "分值要写整数（阿拉伯数字，如 2 或 -5），这里写的是“2.5”"),
                Arguments.of("points in words", "参加说事会,MEETING,两分", 3, "分值要写整数"),
                Arguments.of("zero points", "参加说事会,MEETING,0", 3, "分值不能是 0"),
                Arguments.of("quote in category", "参加说事会,MEETING,2,\"红\"\"色\"", 4, "类别里不能有"),
                Arguments.of("backslash in category", "参加说事会,MEETING,2,红\\色", 4, "类别里不能有"),
                Arguments.of("bad max_times", "参加说事会,MEETING,2,善治,4 per month", 5, "次数上限：上限“4 PER MONTH”写法不对"),
                Arguments.of("bad max_times period", "参加说事会,MEETING,2,善治,4/FORTNIGHT", 5, "次数上限："),
                Arguments.of("bad max_points", "参加说事会,MEETING,2,善治,,lots", 6, "分数上限："),
                Arguments.of("bad role", "参加说事会,MEETING,2,善治,,,PARTY MEMBER", 7, "“PARTY MEMBER”不是角色名称"),
                Arguments.of("roles split by comma", "参加说事会,MEETING,2,善治,,,\"A,B\"", 7, "多个角色之间用 ; 分开"),
                Arguments.of("bad flag", "参加说事会,MEETING,2,善治,,,,maybe", 8, "需审核要写 是 或 否"),
                Arguments.of("non-integer min_minutes", "参加说事会,MEETING,2,善治,,,,,一小时", 9, "最少分钟要写整数"),
                Arguments.of("negative min_minutes", "参加说事会,MEETING,2,善治,,,,,-5", 9, "最少分钟不能是负数"),
                Arguments.of("too many cells", "参加说事会,MEETING,2,善治,,,,,,,多余", 11, "格子太多"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void badRowIsReportedAtItsRowAndColumn(String what, String row, int column, String message) {
        assertThat(problems(HEADER + row + "\n")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void badHeaderIsReportedOnLineOne() {
        for (String header : List.of("name,type,points\n", "item,points,type\n", "项目,类型\n", "参加说事会,MEETING,2\n",
                "item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes,notes\n")) {
            assertThat(problems(header + "参加说事会,MEETING,2\n")).as(header).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.column()).isEqualTo(1);
                assertThat(p.message()).contains("表头（第一行）要写成 项目,类型,分值");
            });
        }
    }

    @Test
    void emptyFileNeedsAHeader() {
        assertThat(problems("")).extracting(Problem::line).containsExactly(1);
    }

    @Test
    void duplicateItemIsReportedOnTheSecondRow() {
        String csv = HEADER + "参加说事会,MEETING,2\n治安巡逻,PATROL,3\n参加说事会,MEETING_2,1\n";
        assertThat(problems(csv)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("项目“参加说事会”出现了两次");
        });
    }

    @Test
    void everyBadRowIsReportedWithItsLineCountingBlankLines() {
        String csv = HEADER + "参加说事会,MEETING,0\n\n治安巡逻,巡逻,3,,,,,,\r\n好人好事,GOOD_DEED,5,弘德,1/DAY,,,是,\n乱扔垃圾,LITTERING,-5,,,,,nope,\n";
        assertThat(problems(csv)).extracting(Problem::line, Problem::column)
                .containsExactly(tuple(2, 3), tuple(4, 2), tuple(6, 8));
    }

    @Test
    void oneBadRowKeepsThePolicyFromCompiling() {
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> PointsListTest.compile(HEADER + "参加说事会,MEETING,2\n治安巡逻,PATROL,three\n"));
        assertThat(e.problems()).extracting(Problem::file, Problem::line, Problem::column)
                .containsExactly(tuple(FILE, 3, 3));
    }

    @Test
    void errorsInTheGeneratedRulesAreOnTheRowsOfTheCsv() {
        String csv = "item,type,points\n治安巡逻,PATROL,3\n\nPATROL,MEETING,2\n";
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> PointsListTest.compile(csv));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("和一个证据类型代码相同");
        });
        String drl = PointsList.parse(FILE, "item,type,points\n治安巡逻,PATROL,3\n\n说事,MEETING,2\n", new ArrayList<>())
                .toDrl("testcun");
        assertThat(drl.lines().toList().get(3)).startsWith("rule \"说事\"");
    }

    @Test
    void aRuleNameUsedByTheListAndADrlFileIsReported() {
        String drl = "package village.testcun;\nrule \"治安巡逻\"\nwhen\n  $e : Evidence( type == \"X\" )\nthen\n"
                + "  award.grant($e, 1, \"x\");\nend\n";
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> PointsListTest.compile(Map.of(FILE, PointsListTest.LIST, "dup.drl", drl)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("dup.drl");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("重复了：" + FILE + " 第 3 行已经有同名的规则");
        });
    }
}
