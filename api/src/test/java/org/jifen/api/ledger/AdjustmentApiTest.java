package org.jifen.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jifen.api.review.ReviewApiSupport;
import org.jifen.api.security.ApiKeyPrincipal;
import org.junit.jupiter.api.Test;

/** Manual adjustments: an ADJUSTMENT entry with operator and reason, once per request key. */
class AdjustmentApiTest extends ReviewApiSupport {

    @Test
    void anAdjustmentIsOneEntryWithOperatorAndReason() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String key = unique("adj");

        Response adjusted = adjust(village, key, member, 10, "善治");

        assertThat(adjusted.status()).as(adjusted.raw()).isEqualTo(201);
        JsonNode entry = adjusted.body().path("entries").get(0);
        assertThat(entry.path("kind").asText()).isEqualTo("ADJUSTMENT");
        assertThat(entry.path("points").asInt()).isEqualTo(10);
        assertThat(entry.path("category").asText()).isEqualTo("善治");
        assertThat(entry.path("rule").asText()).isEqualTo("人工调整");
        assertThat(entry.path("operator").asText()).isEqualTo(ApiKeyPrincipal.bootstrapAdmin().holder());
        assertThat(entry.path("reason").asText()).isEqualTo("村民代表大会决定");
        assertThat(entry.path("sourceId").asText()).isEqualTo(key);
        assertThat(entry.has("evidenceId")).isFalse();
        assertThat(entry.has("policyVersion")).isFalse();
        assertThat(balance(village, member).path("byCategory").path("善治").asLong()).isEqualTo(10);
        assertThat(auditCount(village, "ADJUSTMENT")).isEqualTo(1);

        Response replay = adjust(village, key, member, 10, "善治");
        assertThat(replay.status()).as(replay.raw()).isEqualTo(200);
        assertThat(replay.body().path("entries")).isEqualTo(adjusted.body().path("entries"));
        Response reused = adjust(village, key, member, -10, "善治");
        assertThat(reused.status()).as(reused.raw()).isEqualTo(409);
        assertThat(ledgerRows(village, member)).isEqualTo(1);
        assertThat(auditCount(village, "ADJUSTMENT")).isEqualTo(1);

        Response undone = reverseEntry(village, entry.path("entryId").asLong(), unique("rev"));
        assertThat(undone.status()).as(undone.raw()).isEqualTo(201);
        assertThat(ledgerSum(village, member)).isZero();
    }

    @Test
    void aPenaltyMayTakeTheBalanceBelowZeroAndRuleAwardsGoOnAsBefore() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);

        assertThat(adjust(village, unique("adj"), member, -5, null).status()).isEqualTo(201);
        JsonNode first = submit(village, evidence(unique("ev"), "CLEANING", member, DAY + "T08:00", "APPROVED"));
        JsonNode second = submit(village, evidence(unique("ev"), "CLEANING", member, DAY + "T09:00", "APPROVED"));

        assertThat(first.path("awards").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(second.path("awards").get(0).path("points").asInt()).isEqualTo(2);
        JsonNode balance = balance(village, member);
        assertThat(balance.path("total").asLong()).isEqualTo(-1);
        assertThat(balance.path("byCategory").path("综合").asLong()).isEqualTo(-5);
    }

    @Test
    void theOperatorIsTheKeysHolderNotTheOneTheRequestNames() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String holder = ApiKeyPrincipal.bootstrapAdmin().holder();

        Response other = post(v(village) + "/adjustments", Map.of("requestKey", unique("adj"), "memberId", member,
                "points", 5, "reason", "表彰", "operator", "村委会 李四"));
        assertThat(other.status()).as(other.raw()).isEqualTo(422);
        assertThat(other.body().path("errors").get(0).path("field").asText()).isEqualTo("operator");
        assertThat(other.body().path("detail").asText()).contains("经办人");
        Response reversal = post(v(village) + "/ledger/1/reversal", Map.of("requestKey", unique("rev"),
                "reason", "错", "operator", "村委会 王五"));
        assertThat(reversal.status()).as(reversal.raw()).isEqualTo(422);
        assertThat(ledgerRows(village, member)).isZero();

        Response same = post(v(village) + "/adjustments", Map.of("requestKey", unique("adj"), "memberId", member,
                "points", 5, "reason", "表彰", "operator", holder));
        assertThat(same.status()).as(same.raw()).isEqualTo(201);
        assertThat(same.body().path("entries").get(0).path("operator").asText()).isEqualTo(holder);
    }

    @Test
    void badAdjustmentsWriteNothing() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        long before = ledgerRows(village, member);

        Response zero = adjust(village, unique("adj"), member, 0, "善治");
        assertThat(zero.status()).as(zero.raw()).isEqualTo(400);
        assertThat(zero.raw()).contains("points");
        assertThat(adjust(village, unique("adj"), unique("nobody"), 5, "善治").status()).isEqualTo(404);
        Response noReason = post(v(village) + "/adjustments", Map.of("requestKey", unique("adj"), "memberId", member,
                "points", 5));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.raw()).contains("reason");
        Response huge = adjust(village, unique("adj"), member, 1_000_000, "善治");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(adjust("no-such-village", unique("adj"), member, 5, "善治").status()).isEqualTo(404);
        assertThat(ledgerRows(village, member)).isEqualTo(before);
    }
}
