package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;

import java.time.LocalDate;
import java.util.Map;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.junit.jupiter.api.Test;

/** A rule suspends redemption (暂停兑换, "取消当年和次年兑换资格"): {@code award.suspend}. */
class SuspensionTest {

    private static final String RULES = """
            package village.testcun;

            rule "虚报积分 取消兑换资格"
                @category("诚信")
            when
                $e : Evidence( type == "FALSE_CLAIM", approved )
            then
                award.deduct($e, 10, "虚报积分");
                award.suspend($e, "户", "次年", "虚报积分，取消当年和次年兑换资格");
            end

            rule "拖欠 本季度暂停"
            when $e : Evidence( type == "ARREARS" )
            then award.suspend($e, "人", "本季度", "拖欠公益金");
            end
            """;

    @Test
    void aRuleSuspendsTheHouseholdThroughTheEndOfNextYear() {
        CompiledPolicy policy = compile(RULES);
        MemberHistory history = new MemberHistory();
        Evidence e = evidence("e1", "FALSE_CLAIM", "2026-05-03T08:00");
        Evaluation evaluation = policy.evaluate(e, resident(), history);
        assertThat(evaluation.credited()).extracting(a -> a.kind() + " " + a.points())
                .containsExactly("POINTS -10", "SUSPENSION 0");
        AwardOutcome suspension = evaluation.credited().get(1);
        assertThat(suspension.suspension()).isEqualTo(new AwardOutcome.Suspension("户", LocalDate.of(2027, 12, 31)));
        assertThat(suspension.reason()).isEqualTo("虚报积分，取消当年和次年兑换资格");
        evaluation.recordInto(history, e);
        assertThat(history.entries()).as("a suspension is not counted by tallies or caps").hasSize(1);
    }

    @Test
    void theSpanCountsFromTheEvaluationPeriodInTheQuarter() {
        CompiledPolicy policy = compile(RULES);
        Evidence march = evidence("e2", "ARREARS", "2026-04-02T08:00");
        Evidence forMarch = new Evidence(march.id(), march.type(), march.memberId(), null, march.occurredAt(), 0, 1, 0,
                Evidence.APPROVED, Map.of("forPeriod", "2026-03"));
        assertThat(policy.evaluate(forMarch, resident(), new MemberHistory()).credited().get(0).suspension())
                .isEqualTo(new AwardOutcome.Suspension("人", LocalDate.of(2026, 3, 31)));
        assertThat(policy.evaluate(evidence("e3", "ARREARS", "2026-04-02T08:00"), resident(), new MemberHistory())
                .credited().get(0).suspension()).isEqualTo(new AwardOutcome.Suspension("人", LocalDate.of(2026, 6, 30)));
    }

    @Test
    void scopeAndSpanMustBeFromTheClosedSet() {
        for (String bad : new String[] {"award.suspend($e, \"全村\", \"次年\", \"x\");",
                "award.suspend($e, \"户\", \"永远\", \"x\");", "award.suspend($e, \"户\", $e.type, \"x\");",
                "award.suspend($e, \"户\", \"2026-13-01\", \"x\");", "award.suspend($e, \"户\", \"次年\");"}) {
            assertThatThrownBy(() -> compile("""
                    package village.testcun;
                    rule "r" when $e : Evidence( type == "X" ) then %s end
                    """.formatted(bad))).as(bad).isInstanceOf(PolicyException.class).hasMessageContaining("suspend");
        }
    }

    @Test
    void withTheSandboxOffABadSpanIsAProblemNotACrash() {
        String drl = """
                package village.testcun;
                rule "r" when $e : Evidence( type == "X" )
                then award.suspend($e, "全村", "永远", "x"); end
                """;
        CompiledPolicy policy = new PolicyCompiler(EvaluationLimits.DEFAULT, false).compile(TestPolicies.source(drl), 1);
        Evaluation evaluation = policy.evaluate(evidence("e1", "X", "2026-05-03T08:00"), resident(), new MemberHistory());
        assertThat(evaluation.credited()).isEmpty();
        assertThat(evaluation.problems()).singleElement().asString().contains("suspend needs");
    }
}
