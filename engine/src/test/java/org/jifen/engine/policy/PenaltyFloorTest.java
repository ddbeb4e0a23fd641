package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.junit.jupiter.api.Test;

/** Penalty floors (扣完为止): {@code @maxDeduct("N/PERIOD")} trims a penalty to what remains. */
class PenaltyFloorTest {

    private static final String RULES = """
            package village.testcun;

            rule "乱倒垃圾"
                @category("人居环境")
                @maxDeduct("12/YEAR")
            when $e : Evidence( type == "DUMPING", approved )
            then award.deduct($e, 5, "乱倒垃圾");
            end
            """;

    @Test
    void aPenaltyIsTrimmedToWhatRemainsAndThenDeductsNothing() {
        CompiledPolicy policy = compile(RULES);
        MemberHistory history = new MemberHistory();
        TestPolicies.play(policy, history, resident(), evidence("e1", "DUMPING", "2026-02-01T08:00"),
                evidence("e2", "DUMPING", "2026-03-01T08:00"));
        Evaluation third = policy.evaluate(evidence("e3", "DUMPING", "2026-04-01T08:00"), resident(), history);
        assertThat(third.credited()).singleElement().satisfies(a -> {
            assertThat(a.requested()).isEqualTo(-5);
            assertThat(a.points()).isEqualTo(-2);
            assertThat(a.capped()).isTrue();
            assertThat(a.note()).isEqualTo("扣完为止");
        });
        third.recordInto(history, evidence("e3", "DUMPING", "2026-04-01T08:00"));
        Evaluation fourth = policy.evaluate(evidence("e4", "DUMPING", "2026-05-01T08:00"), resident(), history);
        assertThat(fourth.credited()).isEmpty();
        assertThat(fourth.awards()).singleElement().satisfies(a -> assertThat(a.requested()).isEqualTo(-5));
        Evaluation nextYear = policy.evaluate(evidence("e5", "DUMPING", "2027-01-02T08:00"), resident(), history);
        assertThat(nextYear.credited()).extracting(AwardOutcome::points).containsExactly(-5);
        assertThat(policy.rules().get("乱倒垃圾").maxDeduct()).hasToString("12/YEAR");
    }

    @Test
    void aVillageCategoryFloorBoundsEveryRuleOfTheCategory() {
        String yaml = """
                id: testcun
                name: 测试村
                floors:
                  人居环境: 8/YEAR
                """;
        CompiledPolicy policy = HouseholdCapsTest.compile(yaml, RULES.replace("    @maxDeduct(\"12/YEAR\")\n", "") + """
                rule "焚烧秸秆"
                    @category("人居环境")
                when $e : Evidence( type == "BURNING", approved )
                then award.deduct($e, 4, "焚烧秸秆");
                end
                """);
        MemberHistory history = new MemberHistory();
        List<String> credited = new ArrayList<>();
        int n = 0;
        for (String type : List.of("DUMPING", "BURNING", "DUMPING")) {
            Evidence e = evidence("e" + (++n), type, "2026-02-0" + n + "T08:00");
            Evaluation evaluation = policy.evaluate(e, resident(), history);
            evaluation.recordInto(history, e);
            evaluation.awards().forEach(a -> credited.add(a.rule() + " " + a.requested() + "→" + a.points()));
        }
        assertThat(credited).containsExactly("乱倒垃圾 -5→-5", "焚烧秸秆 -4→-3", "乱倒垃圾 -5→0");
        assertThat(policy.config().floors().get("人居环境")).hasToString("8/YEAR");
    }

    @Test
    void aBadFloorIsAnErrorAtItsLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> compile(RULES.replace("12/YEAR", "12/年")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("@maxDeduct");
    }
}
