package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.policy.TestPolicies.compile;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;

/** Evidence with several participants: each is evaluated as that member with their role. */
class ParticipantsTest {

    private static final String RULES = """
            package village.testcun;

            rule "组织志愿活动"
            when $e : Evidence( type == "VOLUNTEER_EVENT", approved, participantRole == "组织者" )
            then award.grant($e, 5, "组织志愿活动");
            end

            rule "参加志愿活动"
                @maxTimes("1/DAY/户")
            when $e : Evidence( type == "VOLUNTEER_EVENT", approved, participantRole == "参与者" )
            then award.grant($e, 2, "参加志愿活动");
            end
            """;

    @Test
    void eachRegisteredParticipantEarnsByRoleAndAnUnregisteredOneIsReported() {
        CompiledPolicy policy = compile(RULES);
        Map<String, Member> members = Map.of(
                "m1", new Member("m1", "h1", Set.of(), null),
                "m2", new Member("m2", "h2", Set.of(), null),
                "m3", new Member("m3", "h2", Set.of(), null));
        Map<String, MemberHistory> histories = new HashMap<>();
        Map<String, MemberHistory> households = new HashMap<>();
        Evidence event = new Evidence("e1", "VOLUNTEER_EVENT", "m1", "m1", LocalDateTime.parse("2026-03-08T09:00"), 120, 1,
                2, Evidence.APPROVED, Map.of());
        ParticipantEvaluations result = policy.evaluateParticipants(event, List.of(
                new Participant("m1", "组织者"), new Participant("m2", "参与者"), new Participant("m9", "参与者"),
                new Participant("m3", "参与者"), new Participant("m2", "组织者")), id -> {
                    Member m = members.get(id);
                    return m == null ? null : new ParticipantEvaluations.Registered(m,
                            histories.computeIfAbsent(id, k -> new MemberHistory()),
                            households.computeIfAbsent(m.householdId(), k -> new MemberHistory()));
                });
        assertThat(result.evaluated()).extracting(p -> p.participant().memberId() + " "
                + p.evaluation().credited().stream().map(a -> a.rule() + a.points()).toList())
                .containsExactly("m1 [组织志愿活动5]", "m2 [参加志愿活动2]", "m3 []");
        assertThat(result.evaluated().get(1).evidence().memberId()).isEqualTo("m2");
        assertThat(result.evaluated().get(1).evidence().id()).isEqualTo("e1");
        assertThat(result.unregistered()).containsExactly(new Participant("m9", "参与者"));
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p).contains("m2"));
        assertThat(histories.get("m2").entries()).hasSize(1);
        assertThat(households.get("h2").entries()).hasSize(1);
    }
}
