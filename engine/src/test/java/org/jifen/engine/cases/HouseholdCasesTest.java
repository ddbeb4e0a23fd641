package org.jifen.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.junit.jupiter.api.Test;

/** The case format with several members and households, their history, evidence periods, kinds and balances. */
class HouseholdCasesTest {

    private static final String YAML = """
            id: testcun
            name: 测试村
            settings:
              base.points: "100"
              base.scope: 户
            """;

    private static final String RULES = """
            package village.testcun;

            rule "门前三包"
                @maxTimes("2/MONTH/户")
            when $e : Evidence( type == "FRONT_DOOR", approved )
            then award.grant($e, 2, "门前三包");
            end

            rule "组织志愿活动"
            when $e : Evidence( type == "VOLUNTEER_EVENT", approved, participantRole == "组织者" )
            then award.grant($e, 5, "组织志愿活动");
            end

            rule "参加志愿活动"
            when $e : Evidence( type == "VOLUNTEER_EVENT", approved, participantRole == "参与者" )
            then award.grant($e, 2, "参加志愿活动");
            end

            rule "季度星"
                @programme("QUARTER")
            when $s : Standing( rank == 1 )
            then award.honour($s, "季度星"); award.grant($s, 3, "季度星");
            end

            rule "遛犬未牵绳 劝告"
            when
                $e : Evidence( type == "DOG_OFF_LEASH", approved )
                not Tally( key == "DOG_OFF_LEASH", period == "YEAR", warnings >= 2 )
            then award.warn($e, "劝告");
            end

            rule "遛犬未牵绳 第三次扣分"
            when
                $e : Evidence( type == "DOG_OFF_LEASH", approved )
                Tally( key == "DOG_OFF_LEASH", period == "YEAR", warnings >= 2 )
            then award.deduct($e, 5, "第三次");
            end
            """;

    private static final String CASES = """
            cases:
              - name: 两户三人 整户上限 劝告转扣分 余额
                members:
                  - { id: m1, household: h1 }
                  - { id: m2, household: h1 }
                  - { id: m3, household: h2 }
                history:
                  - { member: m2, type: FRONT_DOOR, rule: "门前三包", points: 2, at: "2026-03-01T08:00" }
                  - { member: m3, type: DOG_OFF_LEASH, rule: "遛犬未牵绳 劝告", points: 0, at: "2026-01-10T08:00" }
                  - { member: m3, type: DOG_OFF_LEASH, rule: "遛犬未牵绳 劝告", points: 0, at: "2026-02-10T08:00" }
                evidence:
                  - { id: e1, member: m1, type: FRONT_DOOR, at: "2026-04-02T08:00", forPeriod: 2026-03 }
                  - { id: e2, member: m1, type: FRONT_DOOR, at: "2026-03-20T08:00" }
                  - { id: e3, member: m3, type: DOG_OFF_LEASH, at: "2026-03-21T08:00" }
                  - { id: e4, member: m1, type: DOG_OFF_LEASH, at: "2026-03-22T08:00" }
                expect:
                  - { evidence: e1, member: m1, rule: "门前三包", points: 2 }
                  - { evidence: e3, member: m3, rule: "遛犬未牵绳 第三次扣分", points: -5 }
                  - { evidence: e4, rule: "遛犬未牵绳 劝告", kind: WARNING }
                balances:
                  - { household: h1, net: 104, warnings: 1 }
                  - { member: m1, net: 102 }
                  - { household: h2, net: 95, warnings: 2 }
            """;

    static PolicyTest.VillageReport run(String cases) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("village.yaml", YAML);
        files.put("rules.drl", RULES);
        return new PolicyTest(new PolicyCompiler()).run(new PolicySource("testcun", files),
                new TreeMap<>(Map.of("households.yaml", cases)));
    }

    private static final String PROGRAMME_CASES = """
            cases:
              - name: 参与人 未登记者 季度评星
                members:
                  - { id: m1, household: h1 }
                  - { id: m2, household: h2 }
                  - { id: m3, household: h3 }
                evidence:
                  - id: e1
                    type: VOLUNTEER_EVENT
                    at: "2026-03-08T09:00"
                    participants:
                      - { member: m1, role: 组织者 }
                      - { member: m2, role: 参与者 }
                      - { member: m8, role: 参与者 }
                      - { member: m3, role: 参与者 }
                    unregistered: [m8]
                expect:
                  - { evidence: e1, member: m1, rule: "组织志愿活动", points: 5 }
                  - { evidence: e1, member: m2, rule: "参加志愿活动", points: 2 }
                  - { evidence: e1, member: m3, rule: "参加志愿活动", points: 2 }
                programmes:
                  - programme: QUARTER
                    period: 2026-Q1
                    scope: 户
                    expect:
                      - { id: h1, rule: "季度星", kind: HONOUR }
                      - { id: h1, rule: "季度星", points: 3 }
            """;

    @Test
    void participantsAndAProgrammeRunInACase() {
        PolicyTest.VillageReport report = run(PROGRAMME_CASES);
        assertThat(report.problems()).isEmpty();
        assertThat(report.cases()).singleElement().satisfies(c -> assertThat(c.differences()).isEmpty());
        PolicyTest.VillageReport wrong = run(PROGRAMME_CASES.replace("unregistered: [m8]", "unregistered: []")
                .replace("{ id: h1, rule: \"季度星\", points: 3 }", "{ id: h2, rule: \"季度星\", points: 3 }"));
        assertThat(wrong.cases()).singleElement().satisfies(c -> assertThat(c.differences())
                .anySatisfy(d -> assertThat(d).contains("未登记的参与人应为 []，实为 [m8]"))
                .anySatisfy(d -> assertThat(d).startsWith("期末评定 2026-Q1：应得而未得")));
    }

    @Test
    void aCaseWithSeveralMembersAndHouseholdsPasses() {
        PolicyTest.VillageReport report = run(CASES);
        assertThat(report.problems()).isEmpty();
        assertThat(report.cases()).singleElement().satisfies(c -> assertThat(c.differences()).isEmpty());
    }

    @Test
    void aWrongMemberKindOrBalanceIsADifference() {
        String wrong = CASES.replace("{ evidence: e1, member: m1,", "{ evidence: e1, member: m2,")
                .replace("rule: \"遛犬未牵绳 劝告\", kind: WARNING", "rule: \"遛犬未牵绳 劝告\"")
                .replace("net: 95", "net: 90");
        PolicyTest.VillageReport report = run(wrong);
        assertThat(report.cases()).singleElement().satisfies(c -> assertThat(c.differences()).anySatisfy(
                d -> assertThat(d).contains(" 的成员：应为 m2，实为 m1")).anySatisfy(d -> assertThat(d).contains("未预期而得", "，警告"))
                .anySatisfy(d -> assertThat(d).startsWith("余额 ｛户 h2，净分 90")));
    }

    @Test
    void anUnknownMemberIsAFormatProblem() {
        PolicyTest.VillageReport report = run(CASES.replace("{ id: e2, member: m1,", "{ id: e2, member: m7,"));
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p).contains("成员 m7 不在本案例的成员"));
    }
}
