package org.jifen.engine.pointslist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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

/** The points list (积分清单) of the contract's §6: reading, compiling to rules, and awarding. */
class PointsListTest {

    static final String FILE = PolicySource.POINTS_LIST_FILE;
    private static final String VILLAGE_YAML = "id: testcun\nname: 测试村\n";
    private static final Member RESIDENT = new Member("m1", "h1", Set.of("RESIDENT"), null);

    static final String LIST = """
            item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes
            参加村民说事会,MEETING,2,善治,2/MONTH,,,false,
            治安巡逻,PATROL,3,善治,,,,true,60
            志愿服务,VOLUNTEER,3,友爱,,5/MONTH,,,
            乱扔垃圾,LITTERING,-5,守法,,,,,
            "党员先锋,宣讲员",LECTURE,4,"红色,文明",,,PARTY_MEMBER;LECTURER,,
            """;

    static CompiledPolicy compile(Map<String, String> files) {
        Map<String, String> all = new LinkedHashMap<>(files);
        all.put("village.yaml", VILLAGE_YAML);
        return new PolicyCompiler().compile(new PolicySource("testcun", all), 1);
    }

    static CompiledPolicy compile(String csv) {
        return compile(Map.of(FILE, csv));
    }

    static Evidence evidence(String id, String type, String status, int minutes, String at) {
        return new Evidence(id, type, "m1", null, LocalDateTime.parse(at), minutes, 1, 0, status, Map.of());
    }

    static Evidence approved(String id, String type, String at) {
        return evidence(id, type, Evidence.APPROVED, 0, at);
    }

    static List<AwardOutcome> awards(CompiledPolicy policy, Evidence evidence, Member member) {
        return policy.evaluate(evidence, member, new MemberHistory()).awards();
    }

    static List<Problem> problems(String csv) {
        List<Problem> problems = new ArrayList<>();
        assertThat(PointsList.parse(FILE, csv, problems)).isNull();
        return problems;
    }

    private final CompiledPolicy policy = compile(LIST);

    @Test
    void englishHeaderRowsBecomeRulesWithTheirCategories() {
        assertThat(policy.rules()).containsOnlyKeys("参加村民说事会", "治安巡逻", "志愿服务", "乱扔垃圾", "党员先锋,宣讲员");
        assertThat(policy.rules().get("参加村民说事会").category()).isEqualTo("善治");
        assertThat(policy.rules().get("参加村民说事会").maxTimes()).hasToString("2/MONTH");
        assertThat(policy.rules().get("志愿服务").maxPoints()).hasToString("5/MONTH");
    }

    @Test
    void chineseHeaderAndBomAreRead() {
        String csv = "\uFEFF项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟\r\n"
                + "参加村民说事会,MEETING,2,善治,,,,否,\r\n";
        CompiledPolicy chinese = compile(csv);
        assertThat(awards(chinese, evidence("e1", "MEETING", Evidence.PENDING, 0, "2026-11-18T19:00"), RESIDENT))
                .extracting(AwardOutcome::rule, AwardOutcome::category, AwardOutcome::points)
                .containsExactly(tuple("参加村民说事会", "善治", 2));
    }

    @Test
    void headerMayStopAfterTheFirstThreeColumns() {
        CompiledPolicy shortList = compile("item,type,points\n打扫公共区域,CLEANING,1\n");
        assertThat(awards(shortList, approved("e1", "CLEANING", "2026-11-18T08:00"), RESIDENT))
                .extracting(AwardOutcome::category, AwardOutcome::points).containsExactly(tuple("综合", 1));
    }

    @Test
    void quotedCellsKeepTheirCommas() {
        Member lecturer = new Member("m1", "h1", Set.of("LECTURER"), null);
        assertThat(awards(policy, approved("e1", "LECTURE", "2026-11-18T08:00"), lecturer))
                .extracting(AwardOutcome::rule, AwardOutcome::category, AwardOutcome::reason)
                .containsExactly(tuple("党员先锋,宣讲员", "红色,文明", "党员先锋,宣讲员"));
    }

    @Test
    void quotesAndBackslashesInAnItemStayAsWritten() {
        CompiledPolicy odd = compile("item,type,points\n\"\"\"好人\"\"好事\\表扬\",GOOD_DEED,2\n");
        assertThat(awards(odd, approved("e1", "GOOD_DEED", "2026-11-18T08:00"), RESIDENT))
                .extracting(AwardOutcome::rule, AwardOutcome::reason)
                .containsExactly(tuple("\"好人\"好事\\表扬", "\"好人\"好事\\表扬"));
    }

    @Test
    void negativePointsArePenaltiesRecordedNegative() {
        assertThat(PointsList.parse(FILE, LIST, new ArrayList<>()).toDrl("testcun")).contains("award.deduct($e, 5, \"乱扔垃圾\")");
        assertThat(awards(policy, approved("e1", "LITTERING", "2026-11-18T08:00"), RESIDENT))
                .extracting(AwardOutcome::requested, AwardOutcome::points).containsExactly(tuple(-5, -5));
    }

    @Test
    void rolesLimitWhoEarns() {
        Evidence lecture = approved("e1", "LECTURE", "2026-11-18T08:00");
        assertThat(awards(policy, lecture, RESIDENT)).isEmpty();
        assertThat(awards(policy, lecture, new Member("m1", "h1", Set.of("PARTY_MEMBER"), null)))
                .extracting(AwardOutcome::points).containsExactly(4);
        assertThat(awards(policy, approved("e2", "MEETING", "2026-11-18T08:00"), RESIDENT)).hasSize(1);
    }

    @Test
    void requiresApprovalFalseAwardsPendingButNeverRejected() {
        assertThat(awards(policy, evidence("e1", "MEETING", Evidence.PENDING, 0, "2026-11-18T19:00"), RESIDENT)).hasSize(1);
        assertThat(awards(policy, evidence("e2", "MEETING", Evidence.APPROVED, 0, "2026-11-18T19:00"), RESIDENT)).hasSize(1);
        assertThat(awards(policy, evidence("e3", "MEETING", Evidence.REJECTED, 0, "2026-11-18T19:00"), RESIDENT)).isEmpty();
    }

    @Test
    void emptyRequiresApprovalMeansApprovedOnly() {
        assertThat(awards(policy, evidence("e1", "VOLUNTEER", Evidence.PENDING, 0, "2026-11-18T08:00"), RESIDENT)).isEmpty();
        assertThat(awards(policy, evidence("e2", "VOLUNTEER", Evidence.REJECTED, 0, "2026-11-18T08:00"), RESIDENT)).isEmpty();
        assertThat(awards(policy, evidence("e3", "VOLUNTEER", Evidence.APPROVED, 0, "2026-11-18T08:00"), RESIDENT)).hasSize(1);
    }

    @Test
    void minMinutesIsAtLeast() {
        assertThat(awards(policy, evidence("e1", "PATROL", Evidence.APPROVED, 59, "2026-11-18T20:00"), RESIDENT)).isEmpty();
        assertThat(awards(policy, evidence("e2", "PATROL", Evidence.APPROVED, 60, "2026-11-18T20:00"), RESIDENT))
                .extracting(AwardOutcome::points).containsExactly(3);
        assertThat(awards(policy, evidence("e3", "PATROL", Evidence.PENDING, 90, "2026-11-18T20:00"), RESIDENT)).isEmpty();
    }

    @Test
    void maxTimesCapsCreditedAwardsPerPeriod() {
        MemberHistory history = new MemberHistory();
        List<AwardOutcome> last = List.of();
        for (String day : List.of("2026-11-02", "2026-11-09", "2026-11-16")) {
            Evidence meeting = approved("m-" + day, "MEETING", day + "T19:00");
            Evaluation evaluation = policy.evaluate(meeting, RESIDENT, history);
            evaluation.recordInto(history, meeting);
            last = evaluation.awards();
        }
        assertThat(last).extracting(AwardOutcome::requested, AwardOutcome::points, AwardOutcome::capped)
                .containsExactly(tuple(2, 0, true));
        assertThat(policy.evaluate(approved("dec", "MEETING", "2026-12-01T19:00"), RESIDENT, history).credited()).hasSize(1);
    }

    @Test
    void maxPointsTrimsTheAwardThatCrossesIt() {
        MemberHistory history = new MemberHistory();
        List<List<Integer>> credited = new ArrayList<>();
        for (String id : List.of("v1", "v2", "v3")) {
            Evidence volunteer = approved(id, "VOLUNTEER", "2026-11-18T08:00");
            Evaluation evaluation = policy.evaluate(volunteer, RESIDENT, history);
            evaluation.recordInto(history, volunteer);
            credited.add(evaluation.awards().stream().map(AwardOutcome::points).toList());
        }
        assertThat(credited).containsExactly(List.of(3), List.of(2), List.of(0));
    }

    @Test
    void aVillageWithAPointsListAndDrlFilesUsesBoth() {
        String drl = """
                package village.testcun;

                rule "夜间巡逻加分"
                    @category("善治")
                when
                    $e : Evidence( type == "PATROL", approved, occurredAt.getHour() >= 20 )
                    Tally( key == "乱扔垃圾", period == "MONTH", count >= 1 )
                then
                    award.grant($e, 1, "夜间巡逻，将功补过");
                end
                """;
        CompiledPolicy both = compile(Map.of(FILE, LIST, "night.drl", drl));
        MemberHistory history = new MemberHistory();
        Evidence littering = approved("e1", "LITTERING", "2026-11-18T08:00");
        both.evaluate(littering, RESIDENT, history).recordInto(history, littering);
        Evaluation patrol = both.evaluate(evidence("e2", "PATROL", Evidence.APPROVED, 60, "2026-11-18T21:00"), RESIDENT, history);
        assertThat(patrol.awards()).extracting(AwardOutcome::rule, AwardOutcome::points)
                .containsExactlyInAnyOrder(tuple("治安巡逻", 3), tuple("夜间巡逻加分", 1));
    }
}
