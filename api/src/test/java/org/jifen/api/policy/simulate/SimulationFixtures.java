package org.jifen.api.policy.simulate;

/** The policy the simulation tests publish and vary, shared by the simulator and API tests. */
final class SimulationFixtures {

    /** 3 points a patrol, at most 3 a week; 2 points a meeting. */
    static final String RULES = """
            rule "巡逻 +3"
                @category("平安")
                @maxTimes("3/WEEK")
            when
                $e : Evidence( type == "PATROL", approved )
            then
                award.grant($e, 3, "治安巡逻");
            end

            rule "会议 +2"
                @category("善治")
            when
                $e : Evidence( type == "MEETING", approved )
            then
                award.grant($e, 2, "参加村民说事会");
            end
            """;

    /** Publishing needs a passing case. */
    static final String CASES = """
            cases:
              - name: 会议 +2
                evidence:
                  - { id: e1, type: MEETING, at: "2026-01-05T09:00" }
                expect:
                  - { evidence: e1, rule: "会议 +2", points: 2 }
            """;

    private SimulationFixtures() {
    }

    /** rules.drl of {@code village}: its package line, then {@code rules}. */
    static String drl(String village, String rules) {
        return "package village." + village.replace('-', '_') + ";\n\n" + rules;
    }
}
