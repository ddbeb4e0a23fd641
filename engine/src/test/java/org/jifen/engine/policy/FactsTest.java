package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.entry;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;

/** Every fact and property of the contract's §3 is visible to rules. */
class FactsTest {

    private static final String RULES = """
            package village.testcun;

            rule "evidence fields"
            when
                $e : Evidence( type == "PATROL", approved, status == "APPROVED", minutes >= 60, quantity == 2,
                               photos == 3, reporterId == "r9", memberId == "m1", attr("place") == "村口",
                               number("km") == 5, occurredAt.getHour() == 20 )
            then
                award.grant($e, $e.minutes() / 30, "巡逻 " + $e.attr("place"));
            end

            rule "member fields"
            when
                $e : Evidence( type == "MEETING" )
                Member( hasRole("PARTY_MEMBER"), householdId == "h7", joinedOn != null, roles.size() == 2 )
            then
                award.grant($e, 1, "党员参会");
            end

            rule "village settings"
            when
                $e : Evidence( type == "PATROL" )
                $v : Village( id == "testcun", name == "测试村", setting("patrol.points") == "3", number("patrol.points") == 3 )
            then
                award.grant($e, $v.number("patrol.points"), "设置分值");
            end

            rule "tally"
            when
                $e : Evidence( type == "LITTERING" )
                Tally( key == "LITTERING", period == "MONTH", count == 2, points == -10 )
                Tally( key == "乱扔垃圾", period == "YEAR", count == 3 )
            then
                award.deduct($e, 10, "再犯");
            end

            rule "乱扔垃圾"
            when
                $e : Evidence( type == "LITTERING" )
            then
                award.deduct($e, 5, "乱扔垃圾");
            end

            rule "streak"
            when
                $e : Evidence( type == "SORTING" )
                Streak( type == "SORTING", days == 3, memberId == "m1" )
            then
                award.grant($e, 5, "连续3天");
            end
            """;

    private final CompiledPolicy policy = compile(RULES);

    @Test
    void evidenceFieldsAreVisible() {
        Evidence patrol = new Evidence("e1", "PATROL", "m1", "r9", LocalDateTime.parse("2026-11-18T20:15"), 90, 2, 3,
                "APPROVED", Map.of("place", "村口", "km", "5"));
        Evaluation result = policy.evaluate(patrol, resident(), new MemberHistory());
        assertThat(result.awards()).extracting(AwardOutcome::rule, AwardOutcome::points, AwardOutcome::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("evidence fields", 3, "巡逻 村口"),
                        org.assertj.core.groups.Tuple.tuple("village settings", 3, "设置分值"));
    }

    @Test
    void memberFieldsAreVisible() {
        Member partyMember = new Member("m1", "h7", Set.of("RESIDENT", "PARTY_MEMBER"), LocalDate.parse("2020-01-01"));
        assertThat(policy.evaluate(evidence("e1", "MEETING", "2026-11-18T09:00"), partyMember, new MemberHistory()).awards())
                .extracting(AwardOutcome::rule).containsExactly("member fields");
        assertThat(policy.evaluate(evidence("e1", "MEETING", "2026-11-18T09:00"), resident(), new MemberHistory()).awards())
                .isEmpty();
    }

    @Test
    void tallyCountsEvidenceAndSumsPointsPerKeyAndPeriod() {
        MemberHistory history = new MemberHistory();
        history.addEntry(entry("old", "LITTERING", "乱扔垃圾", "综合", -5, "2026-10-30T10:00"));
        history.addEntry(entry("a", "LITTERING", "乱扔垃圾", "综合", -5, "2026-11-02T10:00"));
        history.addEntry(entry("b", "LITTERING", "乱扔垃圾", "综合", -3, "2026-11-05T10:00"));
        history.addEntry(entry("b", "LITTERING", "other", "综合", -2, "2026-11-05T10:00"));
        Evaluation result = policy.evaluate(evidence("c", "LITTERING", "2026-11-20T10:00"), resident(), history);
        assertThat(result.awards()).extracting(AwardOutcome::rule, AwardOutcome::points).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("tally", -10),
                org.assertj.core.groups.Tuple.tuple("乱扔垃圾", -5));
    }

    @Test
    void noTallyWithoutHistoryInThePeriod() {
        MemberHistory history = new MemberHistory();
        history.addEntry(entry("old", "LITTERING", "乱扔垃圾", "综合", -5, "2025-11-02T10:00"));
        assertThat(policy.evaluate(evidence("c", "LITTERING", "2026-11-20T10:00"), resident(), history).awards())
                .extracting(AwardOutcome::rule).containsExactly("乱扔垃圾");
    }

    @Test
    void streakCountsConsecutiveApprovedDaysIncludingThisOne() {
        MemberHistory history = new MemberHistory();
        history.addApprovedDay("SORTING", LocalDate.parse("2026-11-16"));
        history.addApprovedDay("SORTING", LocalDate.parse("2026-11-17"));
        assertThat(policy.evaluate(evidence("e3", "SORTING", "2026-11-18T08:00"), resident(), history).awards())
                .extracting(AwardOutcome::rule).containsExactly("streak");
        Evidence pending = new Evidence("e4", "SORTING", "m1", null, LocalDateTime.parse("2026-11-18T08:00"), 0, 1, 0,
                Evidence.PENDING, Map.of());
        assertThat(policy.evaluate(pending, resident(), history).awards()).isEmpty();
        assertThat(history.streak("SORTING", LocalDate.parse("2026-11-19"), false)).isZero();
        assertThat(history.streak("SORTING", LocalDate.parse("2026-11-19"), true)).as("the 18th is a gap").isEqualTo(1);
        assertThat(history.streak("SORTING", LocalDate.parse("2026-11-18"), true)).isEqualTo(3);
    }
}
