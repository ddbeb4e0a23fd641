package org.jifen.engine.pointslist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Points-list pay forms (按数量、按级别计分), 扣分上限 and household caps (/户), on both paths: the
 * shared table and the list compiled to its own rules.
 */
class PointsListPayTest {

    static final String LIST = """
            项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟,扣分上限
            带动群众参加活动,MOBILISE,5/人次 最多20,善治,,,,,,
            植树,TREE_PLANTING,1/棵,绿化,,,,,,
            获得表彰,HONOURED,国家50/省30/市20/县15/乡镇10/村5,荣誉,,,,,,
            占道经营,STREET_STALL,-2/次,守法,,,,,,6/YEAR
            门前三包,FRONT_DOOR,2,环境,2/MONTH/户,,,,,
            """;
    private static final Member A = new Member("m1", "h1", Set.of("RESIDENT"), null);
    private static final Member B = new Member("m2", "h1", Set.of("RESIDENT"), null);

    static CompiledPolicy compile(boolean shared) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("village.yaml", "id: testcun\nname: 测试村\n");
        files.put(PolicySource.POINTS_LIST_FILE, LIST);
        PolicyCompiler compiler = shared ? new PolicyCompiler() : new PolicyCompiler().withOwnRuleBases();
        CompiledPolicy policy = compiler.compile(new PolicySource("testcun", files), 1);
        assertThat(policy.sharesRuleBase()).isEqualTo(shared);
        return policy;
    }

    static Evidence evidence(String id, String type, Member member, int quantity, Map<String, String> attrs) {
        return new Evidence(id, type, member.id(), null, LocalDateTime.parse("2026-03-02T08:00"), 0, quantity, 0,
                Evidence.APPROVED, attrs);
    }

    static List<Integer> points(CompiledPolicy policy, Evidence evidence) {
        return policy.evaluate(evidence, A, new MemberHistory()).credited().stream().map(AwardOutcome::points).toList();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void perUnitPaysForEachUnitUpToItsMaximum(boolean shared) {
        CompiledPolicy policy = compile(shared);
        assertThat(points(policy, evidence("e1", "MOBILISE", A, 3, Map.of()))).containsExactly(15);
        assertThat(points(policy, evidence("e2", "MOBILISE", A, 7, Map.of()))).containsExactly(20);
        assertThat(points(policy, evidence("e3", "MOBILISE", A, 0, Map.of()))).isEmpty();
        assertThat(points(policy, evidence("e4", "TREE_PLANTING", A, 12, Map.of()))).containsExactly(12);
        assertThat(points(policy, evidence("e5", "TREE_PLANTING", A, 5000, Map.of()))).containsExactly(1000);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void byLevelPaysTheEvidencesLevelAndNothingForAnUnlistedOne(boolean shared) {
        CompiledPolicy policy = compile(shared);
        assertThat(points(policy, evidence("e1", "HONOURED", A, 1, Map.of("level", "省")))).containsExactly(30);
        assertThat(points(policy, evidence("e2", "HONOURED", A, 1, Map.of("level", "村")))).containsExactly(5);
        assertThat(points(policy, evidence("e3", "HONOURED", A, 1, Map.of("level", "世界")))).isEmpty();
        assertThat(points(policy, evidence("e4", "HONOURED", A, 1, Map.of()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aDeductionFloorTrimsThePenaltyPerUnitToo(boolean shared) {
        CompiledPolicy policy = compile(shared);
        MemberHistory history = new MemberHistory();
        List<String> credited = new ArrayList<>();
        for (String id : List.of("e1", "e2", "e3")) {
            Evidence e = evidence(id, "STREET_STALL", A, 2, Map.of());
            Evaluation evaluation = policy.evaluate(e, A, history);
            evaluation.recordInto(history, e);
            evaluation.awards().forEach(a -> credited.add(a.requested() + "→" + a.points()));
        }
        assertThat(credited).containsExactly("-4→-4", "-4→-2", "-4→0");
        assertThat(policy.rules().get("占道经营").maxDeduct()).hasToString("6/YEAR");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aHouseholdCapColumnBoundsTheHousehold(boolean shared) {
        CompiledPolicy policy = compile(shared);
        MemberHistory a = new MemberHistory();
        MemberHistory b = new MemberHistory();
        MemberHistory household = new MemberHistory();
        List<Integer> credited = new ArrayList<>();
        int n = 0;
        for (Member m : List.of(A, B, A)) {
            Evidence e = evidence("e" + (++n), "FRONT_DOOR", m, 1, Map.of());
            MemberHistory own = m == A ? a : b;
            Evaluation evaluation = policy.evaluate(e, m, own, household);
            evaluation.recordInto(own, e);
            evaluation.recordInto(household, e);
            credited.add(evaluation.credited().size());
        }
        assertThat(credited).containsExactly(1, 1, 0);
    }

    @Test
    void theXlsxListTakesTheSameCellsAndTheDeductionColumn() {
        byte[] workbook = new XlsxFixture()
                .row(1, "项目", "类型", "分值", "类别", "次数上限", "分数上限", "适用角色", "需审核", "最少分钟", "扣分上限")
                .row(2, "带动群众参加活动", "MOBILISE", "5/人次 最多20", "善治", null, null, null, true)
                .row(3, "获得表彰", "HONOURED", "国家50/省30", "荣誉", "4/YEAR/户", null, null, true)
                .row(4, "占道经营", "STREET_STALL", -2, "守法", null, null, null, true, null, "6/YEAR")
                .bytes();
        List<Problem> problems = new ArrayList<>();
        PointsList list = PointsListSource.parseXlsx("points-list.xlsx", workbook, problems);
        assertThat(problems).isEmpty();
        assertThat(list.items()).extracting(i -> i.pay() + " " + i.maxTimes() + " " + i.maxDeduct())
                .containsExactly("5/人次 最多20  ", "国家50/省30 4/YEAR/户 ", "-2  6/YEAR");
    }

    @Test
    void badPayCellsAreErrorsAtTheirCell() {
        for (String cell : List.of("5/", "国家50/省-30", "国家50/国家30", "5/人次 最多0", "五分")) {
            List<Problem> problems = new ArrayList<>();
            PointsList.parse(PolicySource.POINTS_LIST_FILE, "项目,类型,分值\n一项,X," + cell + "\n", problems);
            assertThat(problems).as(cell).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.column()).isEqualTo(3);
            });
        }
        List<Problem> problems = new ArrayList<>();
        PointsList.parse(PolicySource.POINTS_LIST_FILE, "项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟,扣分上限\n"
                + "一项,X,3,,,,,,,6/YEAR\n", problems);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("扣分上限只用于扣分项目"));
    }
}
