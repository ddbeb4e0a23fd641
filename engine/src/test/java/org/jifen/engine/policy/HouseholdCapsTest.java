package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;

/** Household scope (户): caps over a whole household per period, and HouseholdTally. */
class HouseholdCapsTest {

    private static final String YAML = """
            id: testcun
            name: 测试村
            caps:
              友爱: 5/MONTH/户
            """;

    private static final String RULES = """
            package village.testcun;

            rule "门前三包"
                @category("环境")
                @maxTimes("2/MONTH/户")
            when $e : Evidence( type == "FRONT_DOOR", approved )
            then award.grant($e, 2, "门前三包");
            end

            rule "邻里互助"
                @category("友爱")
            when $e : Evidence( type == "NEIGHBOUR_HELP", approved )
            then award.grant($e, 3, "邻里互助");
            end

            rule "全户坚持垃圾分类"
            when
                $e : Evidence( type == "SORTING", approved )
                HouseholdTally( key == "SORTING", period == "MONTH", count >= 2, $n : count )
            then award.grant($e, 1, "全户本月第" + ($n + 1) + "次垃圾分类");
            end
            """;

    static final Member A = new Member("m1", "h1", Set.of("RESIDENT"), null);
    static final Member B = new Member("m2", "h1", Set.of("RESIDENT"), null);

    static CompiledPolicy compile(String yaml, String drl) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("village.yaml", yaml);
        files.put("rules.drl", drl);
        return new PolicyCompiler().compile(new PolicySource("testcun", files), 1);
    }

    static Evidence evidence(String id, String type, Member member, String at) {
        return new Evidence(id, type, member.id(), null, LocalDateTime.parse(at), 0, 1, 0, Evidence.APPROVED, Map.of());
    }

    /** One household's histories: each member's, and the household's. */
    static final class Household {
        final Map<String, MemberHistory> members = new LinkedHashMap<>();
        final MemberHistory all = new MemberHistory();

        Evaluation play(CompiledPolicy policy, Member member, Evidence evidence) {
            MemberHistory own = members.computeIfAbsent(member.id(), m -> new MemberHistory());
            Evaluation evaluation = policy.evaluate(evidence, member, own, all);
            evaluation.recordInto(own, evidence);
            evaluation.recordInto(all, evidence);
            return evaluation;
        }
    }

    @Test
    void aHouseholdCapIsReachedByTwoDifferentMembers() {
        CompiledPolicy policy = compile(YAML, RULES);
        Household h = new Household();
        assertThat(h.play(policy, A, evidence("e1", "FRONT_DOOR", A, "2026-03-02T08:00")).credited()).hasSize(1);
        assertThat(h.play(policy, B, evidence("e2", "FRONT_DOOR", B, "2026-03-05T08:00")).credited()).hasSize(1);
        Evaluation third = h.play(policy, A, evidence("e3", "FRONT_DOOR", A, "2026-03-09T08:00"));
        assertThat(third.credited()).isEmpty();
        assertThat(third.awards()).singleElement().satisfies(a -> {
            assertThat(a.requested()).isEqualTo(2);
            assertThat(a.capped()).isTrue();
            assertThat(a.note()).isEqualTo("已达上限");
        });
        // another household is not bounded by it, nor is the next month
        Member other = new Member("m9", "h2", Set.of(), null);
        assertThat(new Household().play(policy, other, evidence("e4", "FRONT_DOOR", other, "2026-03-09T08:00"))
                .credited()).hasSize(1);
        assertThat(h.play(policy, B, evidence("e5", "FRONT_DOOR", B, "2026-04-01T08:00")).credited()).hasSize(1);
    }

    @Test
    void aVillageCategoryCapCanBoundTheHousehold() {
        CompiledPolicy policy = compile(YAML, RULES);
        Household h = new Household();
        h.play(policy, A, evidence("e1", "NEIGHBOUR_HELP", A, "2026-03-02T08:00"));
        Evaluation second = h.play(policy, B, evidence("e2", "NEIGHBOUR_HELP", B, "2026-03-03T08:00"));
        assertThat(second.credited()).singleElement().satisfies(a -> {
            assertThat(a.points()).isEqualTo(2);
            assertThat(a.requested()).isEqualTo(3);
        });
        assertThat(policy.config().caps().get("友爱")).hasToString("5/MONTH/户");
    }

    @Test
    void evidenceNoRuleCreditedIsNotInTheHouseholdTally() {
        CompiledPolicy policy = compile(YAML, RULES);
        Household h = new Household();
        h.play(policy, A, evidence("e1", "SORTING", A, "2026-03-02T08:00"));
        assertThat(h.play(policy, B, evidence("e2", "SORTING", B, "2026-03-03T08:00")).credited()).isEmpty();
        assertThat(h.all.entries()).isEmpty();
    }

    @Test
    void householdTallyCountsCreditedEntriesOfBothMembersAndAwardsStillNameTheMember() {
        String drl = RULES.replace("package village.testcun;", """
                package village.testcun;
                rule "垃圾分类"
                when $e : Evidence( type == "SORTING", approved )
                then award.grant($e, 1, "垃圾分类");
                end
                """);
        CompiledPolicy policy = compile(YAML, drl);
        Household h = new Household();
        h.play(policy, A, evidence("e1", "SORTING", A, "2026-03-02T08:00"));
        h.play(policy, B, evidence("e2", "SORTING", B, "2026-03-03T08:00"));
        Evaluation third = h.play(policy, A, evidence("e3", "SORTING", A, "2026-03-04T08:00"));
        assertThat(third.credited()).extracting(AwardOutcome::reason).containsExactly("垃圾分类", "全户本月第3次垃圾分类");
        assertThat(h.members.get("m1").entries()).hasSize(3);
        assertThat(h.members.get("m2").entries()).hasSize(1);
    }

    @Test
    void withoutAHouseholdHistoryTheMemberIsAHouseholdOfOne() {
        CompiledPolicy policy = compile(YAML, RULES);
        MemberHistory history = new MemberHistory();
        for (String id : new String[] {"e1", "e2"}) {
            Evidence e = evidence(id, "FRONT_DOOR", A, "2026-03-02T08:00");
            policy.evaluate(e, A, history).recordInto(history, e);
        }
        assertThat(policy.evaluate(evidence("e3", "FRONT_DOOR", A, "2026-03-03T08:00"), A, history).credited()).isEmpty();
    }
}
