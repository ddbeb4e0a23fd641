package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.entry;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.play;
import static org.jifen.engine.policy.TestPolicies.resident;

import org.jifen.engine.history.MemberHistory;
import org.junit.jupiter.api.Test;

/** Rule metadata and both kinds of caps, as in the contract's §4. */
class CapsTest {

    private static final String RULES = """
            package village.testcun;

            rule "无类别"
            when $e : Evidence( type == "PLAIN" )
            then award.grant($e, 1, "默认类别");
            end

            rule "每周三次"
                @category("善治") @maxTimes("3/WEEK")
            when $e : Evidence( type == "PATROL" )
            then award.grant($e, 2, "巡逻");
            end

            rule "每月最多5分"
                @category("友爱") @maxPoints("5/MONTH")
            when $e : Evidence( type == "VOLUNTEER" )
            then award.grant($e, 2, "志愿");
            end

            rule "弘德高分"
                @category("弘德") salience 10
            when $e : Evidence( type == "HONOUR" )
            then award.grant($e, 7, "先served");
            end

            rule "弘德低分"
                @category("弘德") salience 1
            when $e : Evidence( type == "HONOUR" )
            then award.grant($e, 6, "后served");
            end

            rule "罚分每天一次"
                @category("弘德") @maxTimes("1/DAY") @maxPoints("1/DAY")
            when $e : Evidence( type == "LITTERING" )
            then award.deduct($e, 4, "乱扔");
            end

            rule "零分"
            when $e : Evidence( type == "ZERO" )
            then award.grant($e, 0, "零"); award.deduct($e, -1, "负");
            end
            """;

    private final CompiledPolicy policy = compile(RULES);

    @Test
    void categoryDefaultsToZongheAndMetadataIsRead() {
        assertThat(policy.rules().get("无类别").category()).isEqualTo("综合");
        assertThat(policy.rules().get("每周三次").maxTimes()).hasToString("3/WEEK");
        assertThat(policy.rules().get("每月最多5分").maxPoints()).hasToString("5/MONTH");
        assertThat(policy.evaluate(evidence("e", "PLAIN", "2026-11-18T08:00"), resident(), new MemberHistory()).awards())
                .extracting(AwardOutcome::category).containsExactly("综合");
    }

    @Test
    void maxTimesCountsCreditedAwardsInTheIsoWeek() {
        MemberHistory history = new MemberHistory();
        history.addEntry(entry("h1", "PATROL", "每周三次", "善治", 2, "2026-11-15T08:00"));
        play(policy, history, resident(),
                evidence("a", "PATROL", "2026-11-16T08:00"),
                evidence("b", "PATROL", "2026-11-17T08:00"));
        Evaluation third = policy.evaluate(evidence("c", "PATROL", "2026-11-22T23:59"), resident(), history);
        assertThat(third.awards()).extracting(AwardOutcome::points, AwardOutcome::capped).containsExactly(tuple(2, false));
        third.recordInto(history, evidence("c", "PATROL", "2026-11-22T23:59"));
        Evaluation fourth = policy.evaluate(evidence("d", "PATROL", "2026-11-20T08:00"), resident(), history);
        assertThat(fourth.awards()).extracting(AwardOutcome::requested, AwardOutcome::points, AwardOutcome::capped)
                .containsExactly(tuple(2, 0, true));
        assertThat(fourth.credited()).isEmpty();
        Evaluation nextWeek = policy.evaluate(evidence("e", "PATROL", "2026-11-23T00:00"), resident(), history);
        assertThat(nextWeek.credited()).hasSize(1);
    }

    @Test
    void maxPointsTrimsToWhatRemainsAndKeepsTheRequest() {
        MemberHistory history = new MemberHistory();
        history.addEntry(entry("h1", "VOLUNTEER", "每月最多5分", "友爱", 4, "2026-11-01T08:00"));
        Evaluation trimmed = play(policy, history, resident(), evidence("a", "VOLUNTEER", "2026-11-30T08:00"));
        assertThat(trimmed.awards()).extracting(AwardOutcome::requested, AwardOutcome::points, AwardOutcome::capped)
                .containsExactly(tuple(2, 1, true));
        Evaluation none = play(policy, history, resident(), evidence("b", "VOLUNTEER", "2026-11-30T09:00"));
        assertThat(none.awards()).extracting(AwardOutcome::points, AwardOutcome::capped).containsExactly(tuple(0, true));
        Evaluation december = play(policy, history, resident(), evidence("c", "VOLUNTEER", "2026-12-01T09:00"));
        assertThat(december.credited()).extracting(AwardOutcome::points).containsExactly(2);
    }

    @Test
    void categoryCapIsServedInSalienceOrder() {
        Evaluation result = policy.evaluate(evidence("a", "HONOUR", "2026-11-18T08:00"), resident(), new MemberHistory());
        assertThat(result.awards()).extracting(AwardOutcome::rule, AwardOutcome::requested, AwardOutcome::points,
                AwardOutcome::capped).containsExactly(tuple("弘德高分", 7, 7, false), tuple("弘德低分", 6, 3, true));
    }

    @Test
    void penaltiesCountForMaxTimesButAreNeverTrimmedByPointCaps() {
        MemberHistory history = new MemberHistory();
        history.addEntry(entry("h1", "HONOUR", "弘德高分", "弘德", 10, "2026-11-02T08:00"));
        Evaluation first = play(policy, history, resident(), evidence("a", "LITTERING", "2026-11-18T08:00"));
        assertThat(first.awards()).extracting(AwardOutcome::requested, AwardOutcome::points, AwardOutcome::capped)
                .containsExactly(tuple(-4, -4, false));
        Evaluation second = play(policy, history, resident(), evidence("b", "LITTERING", "2026-11-18T09:00"));
        assertThat(second.awards()).extracting(AwardOutcome::points, AwardOutcome::capped).containsExactly(tuple(0, true));
    }

    @Test
    void nonPositivePointsAreReportedAsProblemsOfTheRule() {
        Evaluation result = policy.evaluate(evidence("a", "ZERO", "2026-11-18T08:00"), resident(), new MemberHistory());
        assertThat(result.awards()).isEmpty();
        assertThat(result.problems()).hasSize(2).allMatch(p -> p.contains("零分") && p.contains("greater than 0"));
    }
}
