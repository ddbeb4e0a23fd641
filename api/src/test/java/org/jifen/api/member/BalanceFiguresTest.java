package org.jifen.api.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jifen.api.evaluation.VillagePolicyTest;
import org.junit.jupiter.api.Test;

/**
 * A balance with a base score per household and year: the base apart, what the household earned this
 * year (last year's points and other households' left out, adjustments in), current = base + earned,
 * spendable the member's own ledger sum without the base, and the member's warnings this year; the
 * household's balance likewise.
 */
class BalanceFiguresTest extends VillagePolicyTest {

    private static final String RULES = """
            package village.figures;

            rule "好事" @category("善治")
            when $e : Evidence( type == "GOOD_DEED", approved ) then award.grant($e, 30, "做好事"); end

            rule "乱扔垃圾 劝告" @category("人居环境")
            when $e : Evidence( type == "LITTERING", approved ) then award.warn($e, "乱扔垃圾，予以劝告"); end
            """;

    private static final String BASE = "settings:\n  base.points: \"100\"\n  base.scope: 户\n  base.period: YEAR\n";

    @Test
    void baseEarnedCurrentAndSpendableApart() {
        String village = unique("fig");
        publishVillage(village, RULES, BASE);
        String household = unique("fh");
        String zhang = unique("fz");
        String li = unique("fl");
        String other = unique("fo");
        put(memberPath(village, zhang), Map.of("householdId", household, "roles", List.of("RESIDENT")));
        put(memberPath(village, li), Map.of("householdId", household, "roles", List.of("RESIDENT")));
        put(memberPath(village, other), Map.of("householdId", unique("fh2"), "roles", List.of("RESIDENT")));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate thisYear = today.withDayOfYear(1);
        evaluate(village, evidence("GOOD_DEED", li, thisYear), evidence("GOOD_DEED", zhang, thisYear.minusDays(3)),
                evidence("GOOD_DEED", other, thisYear), evidence("LITTERING", zhang, thisYear),
                evidence("LITTERING", zhang, thisYear), evidence("LITTERING", zhang, thisYear.minusDays(3)));
        Response adjusted = post("/api/v1/villages/" + village + "/adjustments", Map.of("requestKey", unique("adj"),
                "memberId", zhang, "points", -4, "reason", "测试"));
        assertThat(adjusted.status()).as(adjusted.raw()).isEqualTo(201);

        JsonNode balance = balance(village, zhang);
        assertThat(balance.path("base").path("points").asInt()).isEqualTo(100);
        assertThat(balance.path("base").path("scope").asText()).isEqualTo("户");
        assertThat(balance.path("base").path("period").asText()).isEqualTo("YEAR");
        assertThat(balance.path("periodName").asText()).isEqualTo(String.valueOf(today.getYear()));
        assertThat(balance.path("earned").asLong()).as("li's 30 and zhang's −4 this year").isEqualTo(26);
        assertThat(balance.path("current").asLong()).isEqualTo(126);
        assertThat(balance.path("total").asLong()).as("zhang's own: last year's 30 and −4").isEqualTo(26);
        assertThat(balance.path("spendable").asLong()).isEqualTo(26);
        assertThat(balance.path("warnings").asLong()).as("two this year, one last year").isEqualTo(2);
        assertThat(balance(village, li).path("spendable").asLong()).isEqualTo(30);
        assertThat(balance(village, li).path("warnings").asLong()).isZero();
        assertThat(balance(village, other).path("current").asLong()).isEqualTo(130);

        Response whole = get("/api/v1/villages/" + village + "/households/" + household + "/balance");
        assertThat(whole.status()).as(whole.raw()).isEqualTo(200);
        assertThat(whole.body().path("base").asInt()).isEqualTo(100);
        assertThat(whole.body().path("earned").asLong()).isEqualTo(26);
        assertThat(whole.body().path("current").asLong()).isEqualTo(126);
        assertThat(whole.body().path("total").asLong()).as("zhang 26 + li 30, last year's included").isEqualTo(56);
    }

    private JsonNode balance(String village, String member) {
        Response response = get(memberPath(village, member) + "/balance");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private void evaluate(String village, ObjectNode... evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static ObjectNode evidence(String type, String member, LocalDate day) {
        return JSON.createObjectNode().put("id", unique("e")).put("type", type).put("memberId", member)
                .put("occurredAt", day + "T00:10").put("status", "APPROVED");
    }
}
