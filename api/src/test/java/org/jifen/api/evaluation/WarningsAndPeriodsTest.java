package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Warnings (劝告→警示→扣分) and evaluation periods (forPeriod) through the api and the ledger: each
 * evidence in a request of its own, so the history is read back from the ledger every time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarningsAndPeriodsTest extends VillagePolicyTest {

    private static final String RULES = """
            package village.warnings;

            rule "遛犬未牵绳 劝告" @category("文明")
            when
                $e : Evidence( type == "DOG_OFF_LEASH", approved )
                not Tally( key == "DOG_OFF_LEASH", period == "YEAR", warnings >= 2 )
            then award.warn($e, "遛犬未牵绳，予以劝告"); end

            rule "遛犬未牵绳 第三次扣分" @category("文明")
            when
                $e : Evidence( type == "DOG_OFF_LEASH", approved )
                Tally( key == "DOG_OFF_LEASH", period == "YEAR", warnings >= 2 )
            then award.deduct($e, 5, "一年内第三次遛犬未牵绳"); end

            rule "月度卫生评比" @category("人居环境") @maxTimes("1/MONTH")
            when $e : Evidence( type == "MONTHLY_HYGIENE", approved ) then award.grant($e, 3, "月度卫生评比"); end
            """;

    private String village;

    @BeforeAll
    void publish() {
        village = unique("warnings");
        publishVillage(village, RULES, "settings:\n  base.points: \"100\"\n  base.scope: 户\n");
    }

    @Test
    void theThirdWarningBecomesADeduction() {
        String member = unique("dog");
        register(village, member);
        for (int i = 1; i <= 3; i++) {
            Response response = post(evaluations(village), batch(false,
                    evidence(member + "-" + i, member, "DOG_OFF_LEASH", "2026-05-0" + i + "T09:00", null)));
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
        }
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT kind, points FROM ledger WHERE village_id = ?"
                + " AND member_id = ? ORDER BY occurred_at", village, member);
        assertThat(rows).extracting(r -> r.get("kind") + ":" + r.get("points"))
                .containsExactly("WARNING:0", "WARNING:0", "AWARD:-5");
        assertThat(jdbc.queryForList("SELECT reason FROM ledger WHERE village_id = ? AND member_id = ? AND kind ="
                + " 'WARNING'", String.class, village, member)).as("a warning keeps the rule's text for the resident")
                .containsOnly("遛犬未牵绳，予以劝告");
        Response balance = get(memberPath(village, member) + "/balance");
        assertThat(balance.body().path("total").asLong()).as(balance.raw()).isEqualTo(-5);
        assertThat(balance.body().path("spendable").asLong()).isEqualTo(-5);
        assertThat(balance.body().path("base").path("points").asInt()).isEqualTo(100);
        assertThat(balance.body().path("base").path("scope").asText()).isEqualTo("户");
    }

    @Test
    void reversingAnEvidenceReversesItsWarningSoItNoLongerCounts() {
        String member = unique("dogr");
        register(village, member);
        for (int i = 1; i <= 2; i++) {
            assertThat(post(evaluations(village), batch(false, evidence(member + "-" + i, member, "DOG_OFF_LEASH",
                    "2026-06-0" + i + "T09:00", null))).status()).isEqualTo(200);
        }
        Response reversed = post("/api/v1/villages/" + village + "/evidence/" + member + "-2/reversal",
                Map.of("requestKey", member + "-undo", "reason", "认错了人"));
        assertThat(reversed.status()).as(reversed.raw()).isEqualTo(201);
        assertThat(reversed.body().path("entries").get(0).path("kind").asText()).as(reversed.raw()).isEqualTo("REVERSAL");
        Response again = post("/api/v1/villages/" + village + "/evidence/" + member + "-2/reversal",
                Map.of("requestKey", member + "-undo2", "reason", "再冲一次"));
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(post(evaluations(village), batch(false, evidence(member + "-3", member, "DOG_OFF_LEASH",
                "2026-06-03T09:00", null))).status()).isEqualTo(200);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT evidence_id, kind, points FROM ledger"
                + " WHERE village_id = ? AND member_id = ? ORDER BY entry_id", village, member);
        assertThat(rows).extracting(r -> r.get("evidence_id") + ":" + r.get("kind") + ":" + r.get("points"))
                .containsExactly(member + "-1:WARNING:0", member + "-2:WARNING:0", member + "-2:REVERSAL:0",
                        member + "-3:WARNING:0");
    }

    @Test
    void forPeriodCountsInThatPeriodAndIsDatedItsFirstDay() {
        String member = unique("hyg");
        register(village, member);
        Response march = post(evaluations(village), batch(false,
                evidence(member + "-1", member, "MONTHLY_HYGIENE", "2026-04-03T10:00", "2026-03")));
        assertThat(points(march)).as(march.raw()).isEqualTo(3);
        Response marchAgain = post(evaluations(village), batch(false,
                evidence(member + "-2", member, "MONTHLY_HYGIENE", "2026-04-05T10:00", "2026-03")));
        assertThat(points(marchAgain)).as(marchAgain.raw()).isEqualTo(0);
        Response april = post(evaluations(village), batch(false,
                evidence(member + "-3", member, "MONTHLY_HYGIENE", "2026-04-06T10:00", null)));
        assertThat(points(april)).as(april.raw()).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT occurred_at FROM ledger WHERE village_id = ? AND member_id = ?"
                + " ORDER BY occurred_at", LocalDateTime.class, village, member))
                .containsExactly(LocalDateTime.parse("2026-03-01T00:00"), LocalDateTime.parse("2026-04-06T10:00"));
    }

    private static int points(Response response) {
        return response.body().path("results").get(0).path("awards").get(0).path("points").asInt();
    }

    private static ObjectNode evidence(String id, String member, String type, String at, String forPeriod) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", id).put("type", type).put("memberId", member).put("occurredAt", at)
                .put("status", "APPROVED");
        if (forPeriod != null) {
            evidence.putObject("attrs").put("forPeriod", forPeriod);
        }
        return evidence;
    }
}
