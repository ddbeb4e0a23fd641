package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;

import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.junit.jupiter.api.Test;

/** Warnings (劝告→警示→扣分): {@code award.warn}, a 0-point WARNING entry that Tally counts. */
class WarningsTest {

    private static final String RULES = """
            package village.testcun;

            rule "遛犬未牵绳 劝告"
                @category("文明养犬")
            when
                $e : Evidence( type == "DOG_OFF_LEASH", approved )
                not Tally( key == "DOG_OFF_LEASH", period == "YEAR", warnings >= 2 )
            then award.warn($e, "遛犬未牵绳，予以劝告");
            end

            rule "遛犬未牵绳 第三次扣分"
                @category("文明养犬")
            when
                $e : Evidence( type == "DOG_OFF_LEASH", approved )
                Tally( key == "DOG_OFF_LEASH", period == "YEAR", warnings >= 2 )
            then award.deduct($e, 5, "一年内第三次遛犬未牵绳");
            end
            """;

    @Test
    void theThirdOffenceInAYearTurnsIntoADeduction() {
        CompiledPolicy policy = compile(RULES);
        MemberHistory history = new MemberHistory();
        Evaluation first = play(policy, history, evidence("e1", "DOG_OFF_LEASH", "2026-02-01T08:00"));
        assertThat(first.credited()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AwardOutcome.Kind.WARNING);
            assertThat(a.points()).isZero();
            assertThat(a.reason()).isEqualTo("遛犬未牵绳，予以劝告");
        });
        assertThat(history.entries()).singleElement().satisfies(e -> assertThat(e.points()).isZero());
        Evaluation second = play(policy, history, evidence("e2", "DOG_OFF_LEASH", "2026-05-01T08:00"));
        assertThat(second.credited()).extracting(AwardOutcome::kind).containsExactly(AwardOutcome.Kind.WARNING);
        Evaluation third = play(policy, history, evidence("e3", "DOG_OFF_LEASH", "2026-09-01T08:00"));
        assertThat(third.credited()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AwardOutcome.Kind.POINTS);
            assertThat(a.points()).isEqualTo(-5);
        });
        Evaluation nextYear = play(policy, history, evidence("e4", "DOG_OFF_LEASH", "2027-01-05T08:00"));
        assertThat(nextYear.credited()).extracting(AwardOutcome::kind).containsExactly(AwardOutcome.Kind.WARNING);
    }

    @Test
    void warningsCountAsEvidenceInTallyButNotAsAwardsForCaps() {
        CompiledPolicy policy = compile("""
                package village.testcun;
                rule "劝告" @maxTimes("1/YEAR")
                when $e : Evidence( type == "LITTER" )
                then award.warn($e, "劝告"); award.grant($e, 1, "配合整改");
                end
                rule "再犯"
                when $e : Evidence( type == "LITTER" ) Tally( key == "LITTER", period == "YEAR", count >= 1, points == 1 )
                then award.deduct($e, 2, "再犯");
                end
                """);
        MemberHistory history = new MemberHistory();
        play(policy, history, evidence("e1", "LITTER", "2026-02-01T08:00"));
        Evaluation second = play(policy, history, evidence("e2", "LITTER", "2026-02-02T08:00"));
        assertThat(second.credited()).extracting(a -> a.kind() + " " + a.points())
                .containsExactlyInAnyOrder("WARNING 0", "POINTS -2");
    }

    private static Evaluation play(CompiledPolicy policy, MemberHistory history, Evidence e) {
        Evaluation evaluation = policy.evaluate(e, resident(), history);
        evaluation.recordInto(history, e);
        return evaluation;
    }
}
