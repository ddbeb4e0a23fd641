package org.jifen.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;

/** The README tour's review, reversal and adjustment steps, in the sample village 檀阴, with the figures it shows. */
class ReviewTourTest extends ApiTest {

    private static final String V = "/api/v1/villages/tanyin";

    @Test
    void theTourShowsWhatTheServiceAnswers() {
        String m1 = unique("m1");
        register("tanyin", m1);
        ObjectNode night = patrol(unique("p1"), m1, "2026-11-18T20:00", 90);
        night.putObject("attrs").put("shift", "NIGHT");
        assertThat(post(evaluations("tanyin"), batch(false, night)).status()).isEqualTo(200);
        String p2 = unique("p2");

        JsonNode submitted = post(evaluations("tanyin"), batch(false,
                patrol(p2, m1, "2026-11-19T20:00", 90).put("status", "PENDING"))).body().path("results").get(0);
        assertThat(submitted.path("awards")).isEmpty();
        assertThat(submitted.path("provisionalAwards").get(0).path("rule").asText()).isEqualTo("治安巡逻");
        assertThat(submitted.path("provisionalAwards").get(0).path("points").asInt()).isEqualTo(3);
        assertBalance(m1, 4, 3);

        String reviewer = createKey(Map.of("name", "檀阴 审核员 王", "holder", "staff-wang", "role", "REVIEWER",
                "villages", java.util.List.of("tanyin")));
        Response approved = as(reviewer).post(V + "/evidence/" + p2 + "/review",
                Map.of("decision", "APPROVED", "reviewer", "staff-wang", "note", "照片清楚"));
        assertThat(approved.body().path("status").asText()).as(approved.raw()).isEqualTo("APPROVED");
        assertThat(approved.body().path("reviews").get(0).path("reviewer").asText()).isEqualTo("staff-wang");
        assertThat(approved.body().path("reviews").get(0).path("keyId").asText()).isEqualTo(keyIdOf(reviewer));
        assertThat(approved.body().path("awards").get(0).path("points").asInt()).isEqualTo(3);
        assertBalance(m1, 7, 0);

        Response reversed = post(V + "/evidence/" + p2 + "/reversal",
                Map.of("requestKey", unique("rev"), "reason", "照片不是本人"));
        assertThat(reversed.status()).isEqualTo(201);
        assertThat(reversed.body().path("entries").get(0).path("points").asInt()).isEqualTo(-3);
        Response adjusted = post(V + "/adjustments", Map.of("requestKey", unique("adj"), "memberId", m1, "points", 5,
                "category", "志愿服务", "reason", "抗洪抢险表彰"));
        assertThat(adjusted.status()).isEqualTo(201);
        assertBalance(m1, 9, 0);
    }

    private void assertBalance(String member, long total, long pending) {
        JsonNode balance = get(memberPath("tanyin", member) + "/balance").body();
        assertThat(balance.path("total").asLong()).isEqualTo(total);
        assertThat(balance.path("spendable").asLong()).isEqualTo(total);
        assertThat(balance.path("pending").asLong()).isEqualTo(pending);
    }
}
