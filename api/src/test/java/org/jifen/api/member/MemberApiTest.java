package org.jifen.api.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;

/** Members: registration, balance by category and the paged ledger. */
class MemberApiTest extends ApiTest {

    private static final String VILLAGE = "tanyin";

    @Test
    void registersAndUpdatesAMember() {
        String member = unique("m");
        Response created = put(memberPath(VILLAGE, member), Map.of("householdId", "h1",
                "roles", List.of("RESIDENT", "PARTY_MEMBER", "RESIDENT"), "joinedOn", "2024-03-01"));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.body().path("villageId").asText()).isEqualTo(VILLAGE);
        assertThat(created.body().path("memberId").asText()).isEqualTo(member);
        assertThat(created.body().path("householdId").asText()).isEqualTo("h1");
        assertThat(texts(created.body().path("roles"))).containsExactly("PARTY_MEMBER", "RESIDENT");
        assertThat(created.body().path("joinedOn").asText()).isEqualTo("2024-03-01");

        Response updated = put(memberPath(VILLAGE, member),
                Map.of("householdId", "h2", "roles", List.of("GRID_WORKER"), "joinedOn", "2025-06-30"));
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);

        Response read = get(memberPath(VILLAGE, member));
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().path("householdId").asText()).isEqualTo("h2");
        assertThat(texts(read.body().path("roles"))).containsExactly("GRID_WORKER");
        assertThat(read.body().path("joinedOn").asText()).isEqualTo("2025-06-30");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE village_id = ? AND member_id = ?",
                Long.class, VILLAGE, member)).isEqualTo(1);
    }

    @Test
    void balanceByCategoryAndLedgerPagesNewestFirst() {
        String member = unique("m");
        register(VILLAGE, member);
        Response empty = get(memberPath(VILLAGE, member) + "/balance");
        assertThat(empty.status()).as(empty.raw()).isEqualTo(200);
        assertThat(empty.body().path("total").asLong()).isZero();

        String patrol = unique("p");
        String volunteer = unique("v");
        ObjectNode service = JSON.createObjectNode().put("id", volunteer).put("type", "VOLUNTEER")
                .put("memberId", member).put("occurredAt", "2026-11-20T09:00").put("minutes", 150);
        Response evaluated = post(evaluations(VILLAGE),
                batch(false, patrol(patrol, member, "2026-11-18T19:00", 90), service));
        assertThat(evaluated.status()).as(evaluated.raw()).isEqualTo(200);

        Response balance = get(memberPath(VILLAGE, member) + "/balance");
        assertThat(balance.status()).as(balance.raw()).isEqualTo(200);
        assertThat(balance.body().path("householdId").asText()).isEqualTo("h-" + member);
        assertThat(balance.body().path("byCategory").path("平安建设").asLong()).isEqualTo(3);
        assertThat(balance.body().path("byCategory").path("志愿服务").asLong()).isEqualTo(4);
        assertThat(balance.body().path("total").asLong()).isEqualTo(7).isEqualTo(ledgerSum(VILLAGE, member));

        Response first = get(memberPath(VILLAGE, member) + "/ledger?page=0&size=1");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("total").asLong()).isEqualTo(2);
        assertThat(first.body().path("page").asInt()).isZero();
        assertThat(first.body().path("size").asInt()).isEqualTo(1);
        assertThat(first.body().path("items")).hasSize(1);
        JsonNode newest = first.body().path("items").get(0);
        assertThat(newest.path("evidenceId").asText()).isEqualTo(volunteer);
        assertThat(newest.path("rule").asText()).isEqualTo("志愿活动 按时长计分");
        assertThat(newest.path("points").asInt()).isEqualTo(4);
        assertThat(newest.path("kind").asText()).isEqualTo("AWARD");

        JsonNode second = get(memberPath(VILLAGE, member) + "/ledger?page=1&size=1").body();
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("evidenceId").asText()).isEqualTo(patrol);
        assertThat(get(memberPath(VILLAGE, member) + "/ledger?page=2&size=1").body().path("items")).isEmpty();
    }

    @Test
    void unknownMemberOrVillageIsA404Problem() {
        String member = unique("nobody");
        for (String path : List.of(memberPath(VILLAGE, member), memberPath(VILLAGE, member) + "/balance",
                memberPath(VILLAGE, member) + "/ledger", memberPath("no-such-village", member))) {
            Response response = get(path);
            assertThat(response.status()).as(path + " " + response.raw()).isEqualTo(404);
            assertThat(response.isProblem()).as(response.contentType()).isTrue();
            assertThat(response.body().path("detail").asText()).contains(path.contains("no-such") ? "no-such-village" : member);
        }
        Map<String, Long> before = rowCounts();
        Response put = put(memberPath("no-such-village", member), Map.of("householdId", "h1"));
        assertThat(put.status()).as(put.raw()).isEqualTo(404);
        assertThat(put.isProblem()).isTrue();
        assertThat(put.body().path("detail").asText()).contains("no-such-village");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void badRoleOrMemberIdIsA400Problem() {
        String member = unique("m");
        Map<String, Long> before = rowCounts();
        Response badRole = put(memberPath(VILLAGE, member), Map.of("roles", List.of("RESIDENT", "not a role!")));
        assertThat(badRole.status()).as(badRole.raw()).isEqualTo(400);
        assertThat(badRole.isProblem()).as(badRole.contentType()).isTrue();
        assertThat(badRole.body().path("errors").findValuesAsText("field")).containsExactly("roles[1]");
        assertThat(badRole.body().path("detail").asText()).startsWith("roles[1]");

        Response badId = put(memberPath(VILLAGE, "bad id"), Map.of("householdId", "h1"));
        assertThat(badId.status()).as(badId.raw()).isEqualTo(400);
        assertThat(badId.isProblem()).as(badId.contentType()).isTrue();
        assertThat(badId.body().path("errors").findValuesAsText("field")).containsExactly("member");

        Response badPage = get(memberPath(VILLAGE, member) + "/ledger?size=0");
        assertThat(badPage.status()).as(badPage.raw()).isEqualTo(400);
        assertThat(badPage.isProblem()).as(badPage.contentType()).isTrue();
        assertThat(badPage.body().path("detail").asText()).startsWith("size");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
