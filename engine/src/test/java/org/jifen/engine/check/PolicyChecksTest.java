package org.jifen.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jifen.engine.pointslist.XlsxFixture;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.jifen.engine.policy.Problem.Severity;
import org.junit.jupiter.api.Test;

/** One test per static check: what it finds, where (file, row, column) and how severe. */
class PolicyChecksTest {

    static final String CSV = PolicySource.POINTS_LIST_FILE;
    static final String HEADER = "item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes\n";
    static final String YAML = "id: testcun\nname: 测试村\ncaps:\n  善治: 10/MONTH\n  冻结: 0/MONTH\n";

    static List<Problem> findings(String yaml, Map<String, String> more, Set<String> memberRoles) {
        Map<String, String> files = new TreeMap<>(more);
        files.put("village.yaml", yaml);
        PolicySource source = new PolicySource("testcun", files);
        CompiledPolicy policy = new PolicyCompiler().compile(source, 1);
        try {
            return PolicyChecks.run(source, policy, memberRoles);
        } finally {
            policy.close();
        }
    }

    static List<Problem> list(String rows) {
        return findings(YAML, Map.of(CSV, HEADER + rows), null);
    }

    @Test
    void aCleanListHasNoFindings() {
        assertThat(list("参加村民说事会,MEETING,2,善治,4/MONTH,,,false,\n乱扔垃圾,LITTERING,-5,守法,,,,true,\n")).isEmpty();
    }

    @Test
    void twoItemsOfOneTypeAreADoubleAward() {
        List<Problem> found = list("治安巡逻,PATROL,3,平安,,,,true,60\n长时巡逻,PATROL,5,平安,,,,false,120\n");
        assertThat(found).extracting(Problem::file, Problem::line, Problem::column, Problem::severity)
                .containsExactly(tuple(CSV, 3, 2, Severity.ERROR));
        assertThat(found.get(0).message()).contains("重复计分", "长时巡逻", "治安巡逻", "points-list.csv 第 2 行");
        assertThat(PolicyChecks.blocks(found)).isTrue();
    }

    @Test
    void overlappingRolesDoubleAwardButDifferentRolesOnlyWarn() {
        assertThat(list("党员巡逻,PATROL,3,平安,,,PARTY_MEMBER;RESIDENT,,\n居民巡逻,PATROL,2,平安,,,RESIDENT,,\n"))
                .extracting(Problem::severity).containsExactly(Severity.ERROR);
        assertThat(list("党员巡逻,PATROL,3,平安,,,PARTY_MEMBER,,\n网格员巡逻,PATROL,2,平安,,,GRID_WORKER,,\n"))
                .extracting(Problem::line, Problem::severity).containsExactly(tuple(3, Severity.WARNING));
    }

    @Test
    void aSimpleDrlRuleOnAListedTypeIsADoubleAwardButOneWithAnotherConditionIsNot() {
        String simple = "package village.testcun;\n\nrule \"巡逻奖励\"\nwhen\n    $e : Evidence( type == \"PATROL\", approved )\n"
                + "then\n    award.grant($e, 1, \"巡逻\");\nend\n";
        List<Problem> found = findings(YAML, Map.of(CSV, HEADER + "治安巡逻,PATROL,3,平安,,,,,\n", "extra.drl", simple), null);
        assertThat(found).extracting(Problem::file, Problem::line, Problem::severity)
                .containsExactly(tuple("extra.drl", 3, Severity.ERROR));
        assertThat(found.get(0).message()).contains("巡逻奖励", "治安巡逻", "points-list.csv 第 2 行");
        String discriminated = simple.replace("approved )", "approved, minutes >= 120 )");
        String surcharge = simple.replace("approved )\n", "approved )\n    Tally( key == \"治安巡逻\", count >= 3 )\n");
        assertThat(findings(YAML, Map.of(CSV, HEADER + "治安巡逻,PATROL,3,平安,,,,,\n", "extra.drl", discriminated), null)).isEmpty();
        assertThat(findings(YAML, Map.of(CSV, HEADER + "治安巡逻,PATROL,3,平安,,,,,\n", "extra.drl", surcharge), null)).isEmpty();
    }

    @Test
    void lookAlikeNamesWarn() {
        List<Problem> found = list("五清·清垃圾,CLEAR_GARBAGE,2,五清,,,,,\n五清 清垃圾,CLEAR_GARBAGE2,2,五清,,,,,\n");
        assertThat(found).extracting(Problem::line, Problem::column, Problem::severity)
                .containsExactly(tuple(3, 1, Severity.WARNING));
        assertThat(found.get(0).message()).contains("和“五清·清垃圾”", "看起来一样");
    }

    @Test
    void anExactDuplicateNameIsAnErrorBeforeThePolicyCompiles() {
        List<Problem> problems = new PolicyCompiler().validate(new PolicySource("testcun", Map.of("village.yaml", YAML,
                CSV, HEADER + "治安巡逻,PATROL,3,平安,,,,,\n治安巡逻,PATROL2,3,平安,,,,,\n")));
        assertThat(problems).extracting(Problem::file, Problem::line, Problem::column, Problem::severity)
                .containsExactly(tuple(CSV, 3, 1, Severity.ERROR));
    }

    @Test
    void aRoleNoMemberHoldsWarns() {
        String rows = "宣讲,LECTURE,3,文明,,,LECTURER,,\n";
        String cases = "cases:\n  - name: 党员\n    member: { id: m1, household: h1, roles: [PARTY_MEMBER] }\n"
                + "    evidence: []\n    expect: []\n";
        List<Problem> found = findings(YAML, Map.of(CSV, HEADER + rows, "cases.yaml", cases), null);
        assertThat(found).extracting(Problem::line, Problem::column, Problem::severity)
                .containsExactly(tuple(2, 7, Severity.WARNING));
        assertThat(found.get(0).message()).contains("限 LECTURER，但没有人有这个角色", "PARTY_MEMBER", "样例");
        assertThat(findings(YAML + "settings:\n  roles: \"PARTY_MEMBER, LECTURER\"\n", Map.of(CSV, HEADER + rows,
                "cases.yaml", cases), null)).isEmpty();
        assertThat(findings(YAML, Map.of(CSV, HEADER + rows, "cases.yaml", cases), Set.of("LECTURER"))).isEmpty();
        assertThat(findings(YAML, Map.of(CSV, HEADER + rows), null)).as("no roles known: nothing to say").isEmpty();
    }

    @Test
    void aCapOfZeroWarns() {
        assertThat(list("暂停项目,PAUSED,3,文明,0/MONTH,,,,\n封顶为零,ZERO,3,文明,,0/MONTH,,,\n冻结类别,FROZEN,2,冻结,,,,,\n"))
                .extracting(Problem::line, Problem::column, Problem::severity)
                .containsExactly(tuple(2, 5, Severity.WARNING), tuple(3, 6, Severity.WARNING), tuple(4, 4, Severity.WARNING));
        String drl = "package village.testcun;\nrule \"停用\" @maxTimes(\"0/DAY\") when $e : Evidence( type == \"X\", approved, minutes > 5 )"
                + " then award.grant($e, 1, \"x\"); end\n";
        assertThat(findings(YAML, Map.of("a.drl", drl), null)).extracting(Problem::file, Problem::line, Problem::severity)
                .containsExactly(tuple("a.drl", 2, Severity.WARNING));
    }

    @Test
    void aPenaltyWithPositivePoints() {
        List<Problem> found = list("乱倒垃圾,DUMPING,5,扣分,,,,,\n罚款缴纳,FINE_PAID,2,综合,,,,,\n违章搭建,BUILDING,3,综合,,,,,\n"
                + "举报违法行为,CLUE_REPORT,3,综合,,,,,\n越界,BORDER_VIOLATION,1,综合,,,,,\n举报违规,VIOLATION_REPORT,1,综合,,,,,\n"
                + "乱扔垃圾,LITTERING,-5,扣分,,,,,\n");
        assertThat(found).extracting(Problem::line, Problem::column, Problem::severity).containsExactly(
                tuple(2, 3, Severity.ERROR), tuple(3, 3, Severity.WARNING), tuple(4, 3, Severity.WARNING),
                tuple(6, 3, Severity.WARNING));
        assertThat(found.get(0).message()).contains("属于扣分类别 扣分", "-5");
        String drl = "package village.testcun;\nrule \"违规\" @category(\"扣分\") when $e : Evidence( type == \"X\", approved, minutes > 5 )"
                + " then award.grant($e, 1, \"x\"); end\n";
        assertThat(findings(YAML, Map.of("a.drl", drl), null)).extracting(Problem::file, Problem::severity)
                .containsExactly(tuple("a.drl", Severity.WARNING));
    }

    @Test
    void aCategoryNamingBothRewardAndPenaltyIsNeither() {
        assertThat(list("见义勇为,BRAVE_ACT,20,奖励惩罚,,,,,\n拾金不昧,LOST_FOUND,5,奖惩,,,,,\n")).isEmpty();
        assertThat(list("乱倒垃圾,DUMPING,5,惩戒,,,,,\n")).extracting(Problem::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void aCapWiderThanItsCategoryCapNeverBinds() {
        // 善治: 10/MONTH. 12/MONTH never binds; 3/WEEK can (3 < 10); a week touches up to 2 months: 20/WEEK never binds.
        List<Problem> found = list("说事会,MEETING,2,善治,,12/MONTH,,,\n巡逻,PATROL,2,善治,,3/WEEK,,,\n议事,TALK,2,善治,,20/WEEK,,,\n"
                + "打卡,CHECKIN,2,善治,5/MONTH,,,,\n签到,SIGNIN,2,善治,4/MONTH,,,,\n");
        assertThat(found).extracting(Problem::line, Problem::column, Problem::severity).containsExactly(
                tuple(2, 6, Severity.WARNING), tuple(4, 6, Severity.WARNING), tuple(5, 5, Severity.WARNING));
        assertThat(found.get(0).message()).contains("永远用不上", "善治: 10/MONTH");
        String drl = "package village.testcun;\nrule \"护河\" @category(\"善治\") @maxPoints(\"50/YEAR\") when $e : Evidence( type == \"RIVER\", approved, minutes > 5 )"
                + " then award.grant($e, 1, \"x\"); end\n";
        assertThat(findings(YAML, Map.of("a.drl", drl), null)).isEmpty();
        assertThat(findings(YAML, Map.of("a.drl", drl.replace("50/YEAR", "120/YEAR")), null))
                .extracting(Problem::file, Problem::line).containsExactly(tuple("a.drl", 2));
    }

    @Test
    void inAWorkbookFindingsNameTheCell() {
        byte[] workbook = XlsxFixture.typical().row(5, "夜间巡逻", "PATROL", 2, "平安").bytes();
        List<Problem> found = findings(YAML, Map.of(PolicySource.POINTS_LIST_XLSX,
                Base64.getEncoder().encodeToString(workbook)), null);
        assertThat(found).extracting(Problem::file, Problem::line, Problem::column, Problem::severity)
                .containsExactly(tuple(PolicySource.POINTS_LIST_XLSX, 5, 2, Severity.ERROR));
        assertThat(found.get(0).message()).startsWith("单元格 B5：重复计分").contains("points-list.xlsx 第 3 行");
    }
}
