package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;

/**
 * Streaks through the evaluate path: approved days are loaded only for the types whose Streak a rule
 * can match, and a batch mixing other types still sees the streak, across requests and within one.
 */
class StreakEvaluationTest extends PolicyApiTest {

    private static final String RULES = """
            package village.streak;

            rule "清洁"
            when
                $e : Evidence( type == "CLEANING", approved )
            then
                award.grant($e, 1, "参加清洁");
            end

            rule "连续清洁三天"
            when
                $e : Evidence( type == "CLEANING", approved )
                Streak( type == "CLEANING", days >= 3 )
            then
                award.grant($e, 5, "连续三天清洁");
            end

            rule "巡逻"
            when
                $e : Evidence( type == "PATROL", approved )
            then
                award.grant($e, 2, "参加巡逻");
            end
            """;

    private static final String CASES = """
            cases:
              - name: 清洁 得1分
                evidence:
                  - { id: e1, type: CLEANING, at: "2026-11-18T08:30" }
                expect:
                  - { evidence: e1, rule: "清洁", points: 1 }
            """;

    @Test
    void theStreakCountsAcrossRequestsAndWithinOneBatchBesideOtherTypes() {
        String village = newVillage("streak");
        assertThat(putText(draftFile(village, "rules.drl"), RULES).status()).isIn(200, 201);
        assertThat(putText(draftFile(village, "cases.yaml"), CASES).status()).isIn(200, 201);
        assertThat(publish(village, "测试", "连续清洁").status()).isEqualTo(201);
        register(village, "wang");
        register(village, "zhao");

        points(village, evidence("c1", "CLEANING", "wang", "2026-11-01T08:00"));
        points(village, evidence("c2", "CLEANING", "wang", "2026-11-02T08:00"),
                evidence("p2", "PATROL", "wang", "2026-11-02T20:00"));
        JsonNode third = points(village, evidence("p3", "PATROL", "wang", "2026-11-03T20:00"),
                evidence("c3", "CLEANING", "wang", "2026-11-03T08:00"));
        assertThat(third.get(1).path("awards").findValuesAsText("rule")).containsExactly("清洁", "连续清洁三天");

        JsonNode oneBatch = points(village, evidence("z1", "CLEANING", "zhao", "2026-11-01T08:00"),
                evidence("zp", "PATROL", "zhao", "2026-11-01T20:00"),
                evidence("z2", "CLEANING", "zhao", "2026-11-02T08:00"),
                evidence("z3", "CLEANING", "zhao", "2026-11-03T08:00"));
        assertThat(oneBatch.get(2).path("awards").findValuesAsText("rule")).containsExactly("清洁");
        assertThat(oneBatch.get(3).path("awards").findValuesAsText("rule")).containsExactly("清洁", "连续清洁三天");
    }

    private JsonNode points(String village, ObjectNode... evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results");
    }

    private static ObjectNode evidence(String id, String type, String member, String at) {
        return JSON.createObjectNode().put("id", id).put("type", type).put("memberId", member)
                .put("occurredAt", at).put("status", "APPROVED");
    }
}
