package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;

/** Base score (基础分), the Balance fact and the eligibility gate (参评资格). */
class BaseScoreGateTest {

    private static final String YAML = """
            id: testcun
            name: 测试村
            settings:
              base.points: "10"
              base.scope: 户
              base.period: YEAR
              gate.atOrBelow: "0"
            """;

    private static final String RULES = """
            package village.testcun;

            rule "志愿服务"
            when $e : Evidence( type == "VOLUNTEER", approved )
            then award.grant($e, 3, "志愿服务");
            end

            rule "乱倒垃圾"
            when $e : Evidence( type == "DUMPING", approved )
            then award.deduct($e, 6, "乱倒垃圾");
            end

            rule "高分户示范"
            when
                $e : Evidence( type == "DEMO", approved )
                Balance( scope == "户", net >= 12, $n : net, $b : base )
            then award.grant($e, 1, "户积分" + $n + "（含基础分" + $b + "）");
            end
            """;

    static final Member A = new Member("m1", "h1", Set.of(), null);
    static final Member B = new Member("m2", "h1", Set.of(), null);

    static Evidence evidence(String id, String type, Member m, String at) {
        return new Evidence(id, type, m.id(), null, LocalDateTime.parse(at), 0, 1, 0, Evidence.APPROVED, Map.of());
    }

    @Test
    void whileTheHouseholdIsAtOrBelowTheGateRewardsAreCreditedZeroAndPenaltiesStillApply() {
        CompiledPolicy policy = HouseholdCapsTest.compile(YAML, RULES);
        HouseholdCapsTest.Household h = new HouseholdCapsTest.Household();
        h.play(policy, B, evidence("e1", "DUMPING", B, "2026-03-01T08:00"));
        Evaluation penalty = h.play(policy, B, evidence("e2", "DUMPING", B, "2026-03-02T08:00"));
        assertThat(penalty.credited()).extracting(AwardOutcome::points).containsExactly(-6); // 10 - 12 = -2
        Evaluation gated = h.play(policy, A, evidence("e3", "VOLUNTEER", A, "2026-03-03T08:00"));
        assertThat(gated.credited()).isEmpty();
        assertThat(gated.awards()).singleElement().satisfies(a -> {
            assertThat(a.requested()).isEqualTo(3);
            assertThat(a.points()).isZero();
            assertThat(a.note()).isEqualTo("未达参评资格");
        });
        assertThat(h.play(policy, A, evidence("e4", "DUMPING", A, "2026-03-04T08:00")).credited()).hasSize(1);
    }

    @Test
    void theGateOpensAgainOnceARewardLiftsTheNetAboveIt() {
        CompiledPolicy policy = HouseholdCapsTest.compile(YAML, RULES);
        HouseholdCapsTest.Household h = new HouseholdCapsTest.Household();
        h.play(policy, A, evidence("e1", "DUMPING", A, "2026-03-01T08:00"));
        h.play(policy, A, evidence("e2", "DUMPING", A, "2026-03-02T08:00"));
        assertThat(h.play(policy, A, evidence("e3", "VOLUNTEER", A, "2026-03-03T08:00")).credited()).isEmpty();
        // a reward the gate does not hold: an official's 5-point correction, credited by the service
        HistoryEntry reward = new HistoryEntry("adj-1", "ADJUSTMENT", "人工调整", "综合", 5,
                LocalDateTime.parse("2026-03-04T09:00"));
        h.members.get("m1").addEntry(reward);
        h.all.addEntry(reward);
        assertThat(h.play(policy, B, evidence("e4", "VOLUNTEER", B, "2026-03-05T08:00")).credited())
                .extracting(AwardOutcome::points).containsExactly(3);
        // and a new base period starts at the base again
        Evaluation nextYear = h.play(policy, A, evidence("e5", "VOLUNTEER", A, "2027-01-02T08:00"));
        assertThat(nextYear.credited()).extracting(AwardOutcome::points).containsExactly(3);
    }

    @Test
    void theGateHoldsPointsListRowsToo() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("village.yaml", YAML);
        files.put(PolicySource.POINTS_LIST_FILE, "项目,类型,分值\n志愿服务,VOLUNTEER,3\n乱倒垃圾,DUMPING,-11\n");
        for (PolicyCompiler compiler : List.of(new PolicyCompiler(), new PolicyCompiler().withOwnRuleBases())) {
            CompiledPolicy policy = compiler.compile(new PolicySource("testcun", files), 1);
            HouseholdCapsTest.Household h = new HouseholdCapsTest.Household();
            h.play(policy, B, evidence("e1", "DUMPING", B, "2026-03-01T08:00"));
            Evaluation gated = h.play(policy, A, evidence("e2", "VOLUNTEER", A, "2026-03-02T08:00"));
            assertThat(gated.awards()).singleElement().satisfies(a -> {
                assertThat(a.points()).isZero();
                assertThat(a.note()).isEqualTo(BaseScore.GATED);
            });
        }
    }

    @Test
    void rulesSeeTheNetWithTheBase() {
        CompiledPolicy policy = HouseholdCapsTest.compile(YAML, RULES);
        HouseholdCapsTest.Household h = new HouseholdCapsTest.Household();
        assertThat(h.play(policy, A, evidence("e1", "DEMO", A, "2026-03-01T08:00")).credited()).isEmpty();
        h.play(policy, B, evidence("e2", "VOLUNTEER", B, "2026-03-01T09:00"));
        assertThat(h.play(policy, A, evidence("e3", "DEMO", A, "2026-03-01T10:00")).credited())
                .extracting(AwardOutcome::reason).containsExactly("户积分13（含基础分10）");
    }

    @Test
    void badSettingsAreErrorsInVillageYaml() {
        assertThatThrownBy(() -> HouseholdCapsTest.compile(YAML.replace("base.scope: 户", "base.scope: 家"), RULES))
                .isInstanceOf(PolicyException.class).hasMessageContaining("base.scope");
        assertThatThrownBy(() -> HouseholdCapsTest.compile(YAML.replace("\"0\"", "\"零\""), RULES))
                .isInstanceOf(PolicyException.class).hasMessageContaining("gate.atOrBelow");
    }
}
