package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;

/** POST /api/v1/villages/{village}/evaluations against the real database: credit, replay, conflict, failures. */
class EvaluationApiTest extends ApiTest {

    private static final String VILLAGE = "tanyin";

    @Test
    void evaluatesThenReplaysWithoutWritingThenRejectsChangedContent() {
        String member = unique("m");
        register(VILLAGE, member);
        String id = unique("e");

        Response first = post(evaluations(VILLAGE), batch(false, patrol(id, member, "2026-11-18T19:00", 90)));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("villageId").asText()).isEqualTo(VILLAGE);
        assertThat(first.body().path("dryRun").asBoolean()).isFalse();
        JsonNode result = first.body().path("results").get(0);
        assertThat(result.path("evidenceId").asText()).isEqualTo(id);
        assertThat(result.path("status").asText()).isEqualTo("CREDITED");
        assertThat(result.path("replayed").asBoolean(false)).isFalse();
        assertThat(result.path("policyVersion").asInt()).isPositive();
        assertThat(result.path("awards")).hasSize(1);
        JsonNode award = result.path("awards").get(0);
        assertThat(award.path("rule").asText()).isEqualTo("治安巡逻");
        assertThat(award.path("category").asText()).isEqualTo("平安建设");
        assertThat(award.path("requested").asInt()).isEqualTo(3);
        assertThat(award.path("points").asInt()).isEqualTo(3);
        assertThat(award.path("capped").asBoolean()).isFalse();
        assertThat(ledgerRows(VILLAGE, member)).isEqualTo(1);
        assertThat(ledgerSum(VILLAGE, member)).isEqualTo(3);
        assertThat(evidenceRows(VILLAGE, id)).isEqualTo(1);

        Map<String, Long> before = rowCounts();
        Response again = post(evaluations(VILLAGE), batch(false, patrol(id, member, "2026-11-18T19:00", 90)));
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        JsonNode replay = again.body().path("results").get(0);
        assertThat(replay.path("replayed").asBoolean()).isTrue();
        assertThat(replay.path("status").asText()).isEqualTo("CREDITED");
        assertThat(replay.path("policyVersion")).isEqualTo(result.path("policyVersion"));
        assertThat(replay.path("awards")).isEqualTo(result.path("awards"));
        assertThat(rowCounts()).isEqualTo(before);

        Response changed = post(evaluations(VILLAGE), batch(false, patrol(id, member, "2026-11-18T19:00", 120)));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(409);
        assertThat(changed.isProblem()).as(changed.contentType()).isTrue();
        assertThat(changed.body().path("status").asInt()).isEqualTo(409);
        assertThat(changed.body().path("detail").asText()).contains(id);
        JsonNode conflict = changed.body().path("results").get(0);
        assertThat(conflict.path("evidenceId").asText()).isEqualTo(id);
        assertThat(conflict.path("status").asText()).isEqualTo("CONFLICT");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(ledgerSum(VILLAGE, member)).isEqualTo(3);
    }

    @Test
    void unknownVillageIsA404Problem() {
        Map<String, Long> before = rowCounts();
        Response response = post(evaluations("no-such-village"),
                batch(false, patrol(unique("e"), unique("m"), "2026-11-18T19:00", 90)));
        assertThat(response.status()).as(response.raw()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.body().path("detail").asText()).contains("no-such-village");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void unregisteredMemberIsA422NamingTheMemberAndWritesNothing() {
        String member = unique("stranger");
        Map<String, Long> before = rowCounts();
        Response response = post(evaluations(VILLAGE), batch(false, patrol(unique("e"), member, "2026-11-18T19:00", 90)));
        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.body().path("detail").asText()).contains(member);
        assertThat(response.body().path("results").get(0).path("status").asText()).isEqualTo("UNKNOWN_MEMBER");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void dryRunReturnsAwardsAndWritesNothing() {
        String member = unique("m");
        register(VILLAGE, member);
        ObjectNode night = patrol(unique("e"), member, "2026-11-18T21:00", 120);
        night.putObject("attrs").put("shift", "NIGHT");
        Map<String, Long> before = rowCounts();

        Response response = post(evaluations(VILLAGE), batch(true, night));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().path("dryRun").asBoolean()).isTrue();
        JsonNode result = response.body().path("results").get(0);
        assertThat(result.path("status").asText()).isEqualTo("DRY_RUN");
        assertThat(result.path("awards").findValuesAsText("rule")).containsExactly("治安巡逻", "夜间巡逻 加分");
        assertThat(result.path("awards").findValues("points")).extracting(JsonNode::asInt).containsExactly(3, 1);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(ledgerRows(VILLAGE, member)).isZero();
    }

    @Test
    void occurredAtWithAnOffsetIsConvertedToVillageTime() {
        String member = unique("m");
        register(VILLAGE, member);
        Response response = post(evaluations(VILLAGE), batch(false, patrol(unique("e"), member, "2026-11-18T12:00Z", 90)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);

        Response ledger = get(memberPath(VILLAGE, member) + "/ledger");
        assertThat(ledger.status()).as(ledger.raw()).isEqualTo(200);
        String occurredAt = ledger.body().path("items").get(0).path("occurredAt").asText();
        assertThat(LocalDateTime.parse(occurredAt)).isEqualTo(LocalDateTime.parse("2026-11-18T20:00"));
        assertThat(jdbc.queryForObject("SELECT occurred_at FROM ledger WHERE village_id = ? AND member_id = ?",
                LocalDateTime.class, VILLAGE, member)).isEqualTo(LocalDateTime.parse("2026-11-18T20:00"));
    }

    @Test
    void aBatchReportsEachEvidenceAndWritesOnlyTheGoodOne() {
        String member = unique("m");
        register(VILLAGE, member);
        String good = unique("good");
        String orphan = unique("orphan");
        Map<String, Long> before = rowCounts();

        Response response = post(evaluations(VILLAGE), batch(false,
                patrol(good, member, "2026-11-18T19:00", 90), patrol(orphan, unique("stranger"), "2026-11-18T19:00", 90)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode results = response.body().path("results");
        assertThat(results.findValuesAsText("evidenceId")).containsExactly(good, orphan);
        assertThat(results.findValuesAsText("status")).containsExactly("CREDITED", "UNKNOWN_MEMBER");
        assertThat(results.get(1).path("detail").asText()).isNotBlank();
        assertThat(evidenceRows(VILLAGE, good)).isEqualTo(1);
        assertThat(evidenceRows(VILLAGE, orphan)).isZero();
        Map<String, Long> after = rowCounts();
        assertThat(after.get("evidence")).isEqualTo(before.get("evidence") + 1);
        assertThat(after.get("ledger")).isEqualTo(before.get("ledger") + 1);
    }

    @Test
    void chineseRoundTrip() {
        String member = unique("张三");
        Response registered = put(memberPath(VILLAGE, member),
                Map.of("householdId", unique("一组"), "roles", java.util.List.of("村民")));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(200);
        assertThat(registered.body().path("memberId").asText()).isEqualTo(member);
        String id = unique("巡逻");
        ObjectNode evidence = patrol(id, member, "2026-11-18T19:00", 90);
        evidence.putObject("attrs").put("地点", "檀阴社区 三组");

        Response response = post(evaluations(VILLAGE), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode result = response.body().path("results").get(0);
        assertThat(result.path("evidenceId").asText()).isEqualTo(id);
        JsonNode award = result.path("awards").get(0);
        assertThat(award.path("rule").asText()).isEqualTo("治安巡逻");
        assertThat(award.path("category").asText()).isEqualTo("平安建设");
        assertThat(award.path("reason").asText()).isEqualTo("参加治安巡逻满1小时");

        Response again = post(evaluations(VILLAGE), batch(false, evidence));
        assertThat(again.body().path("results").get(0).path("replayed").asBoolean()).as(again.raw()).isTrue();
        JsonNode entry = get(memberPath(VILLAGE, member) + "/ledger").body().path("items").get(0);
        assertThat(entry.path("rule").asText()).isEqualTo("治安巡逻");
        assertThat(entry.path("category").asText()).isEqualTo("平安建设");
        assertThat(entry.path("evidenceId").asText()).isEqualTo(id);
        JsonNode balance = get(memberPath(VILLAGE, member) + "/balance").body();
        assertThat(balance.path("byCategory").path("平安建设").asLong()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT rule_name FROM ledger WHERE village_id = ? AND evidence_id = ?",
                String.class, VILLAGE, id)).isEqualTo("治安巡逻");
    }
}
