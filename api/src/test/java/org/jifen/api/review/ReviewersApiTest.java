package org.jifen.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who reviews is the key that sends the decision: nobody with a key of their own, their household's
 * or their reported evidence; two distinct keys of two people above the village's setting; a key
 * cannot decide under names it invents.
 */
class ReviewersApiTest extends ReviewApiSupport {

    @Test
    void keysOfTheMemberTheirHouseholdOrTheReporterAreRefused() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String spouse = unique("spouse");
        assertThat(put(memberPath(village, spouse), Map.of("householdId", "h-" + member)).status()).isEqualTo(200);
        String reporter = unique("reporter");
        register(village, reporter);
        String id = unique("ev");
        submit(village, evidence(id, "CLEANING", member, DAY + "T08:30", "PENDING").put("reporterId", reporter));

        for (String[] refusal : List.of(new String[] {member, "may not review their own evidence"},
                new String[] {spouse, "belongs to household h-" + member}, new String[] {reporter, "reported evidence"})) {
            String key = createKey(Map.of("name", "审核 " + refusal[0], "holder", "持有人 " + refusal[0],
                    "role", "REVIEWER", "villages", List.of(village), "memberId", refusal[0]));
            Response refused = reviewAs(key, village, id, "APPROVED");
            assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("reviewer");
            assertThat(refused.body().path("detail").asText()).contains("持有人 " + refusal[0], "member " + refusal[0],
                    refusal[1]);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_decisions WHERE village_id = ?", Long.class,
                village)).isZero();
        // a key whose holder is no member (staff of the sub-district) has no household: it may review
        Response staff = review(village, id, "APPROVED", "街道工作人员-赵六");
        assertThat(staff.status()).as(staff.raw()).isEqualTo(200);
        assertThat(ledgerSum(village, member)).isEqualTo(2);
    }

    @Test
    void aKeyMemberMustBeRegisteredAndItsVillageKnown() {
        String village = reviewVillage();
        Response unknown = post("/api/v1/keys", Map.of("name", "x", "role", "REVIEWER", "villages", List.of(village),
                "memberId", unique("nobody")));
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asText()).isEqualTo("memberId");
        Response noVillage = post("/api/v1/keys", Map.of("name", "x", "role", "AUDITOR", "memberId", "m1"));
        assertThat(noVillage.status()).as(noVillage.raw()).isEqualTo(400);
        assertThat(noVillage.body().path("errors").get(0).path("field").asText()).isEqualTo("memberVillage");
    }

    @Test
    void oneKeyApprovingTwiceUnderTwoInventedNamesIsOneReviewer() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = pending(village, member, "BIG_CLEAN", "09:00");
        String key = reviewerKey(village, "审核员甲");

        Response first = as(key).post(v(village) + "/evidence/" + id + "/review",
                Map.of("decision", "APPROVED", "reviewer", "审核员甲"));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("status").asText()).isEqualTo("AWAITING_SECOND_REVIEW");
        for (String invented : List.of("王五", "赵六")) {
            Response again = as(key).post(v(village) + "/evidence/" + id + "/review",
                    Map.of("decision", "APPROVED", "reviewer", invented));
            assertThat(again.status()).as(again.raw()).isEqualTo(422);
            assertThat(again.body().path("errors").get(0).path("field").asText()).isEqualTo("reviewer");
            assertThat(again.body().path("detail").asText()).contains("审核员甲", "not " + invented);
        }
        assertThat(reviewAs(key, village, id, "APPROVED").body()).isEqualTo(first.body());
        // another key of the same person is the same reviewer
        String sameHolder = createKey(Map.of("name", "审核员甲 的第二把密钥", "holder", "审核员甲", "role", "REVIEWER",
                "villages", List.of(village)));
        Response secondKey = reviewAs(sameHolder, village, id, "APPROVED");
        assertThat(secondKey.status()).as(secondKey.raw()).isEqualTo(200);
        assertThat(secondKey.body().path("status").asText()).isEqualTo("AWAITING_SECOND_REVIEW");
        assertThat(reviewAs(sameHolder, village, id, "REJECTED").status()).isEqualTo(409);

        assertThat(ledgerRows(village, member)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_decisions WHERE village_id = ?", Long.class,
                village)).isEqualTo(1);
        assertThat(balance(village, member).path("pending").asLong()).isEqualTo(8);
    }

    @Test
    void awardsAboveTheSettingNeedTwoDistinctKeys() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = pending(village, member, "BIG_CLEAN", "09:00");

        Response first = review(village, id, "APPROVED", "审核员甲");

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("status").asText()).isEqualTo("AWAITING_SECOND_REVIEW");
        assertThat(first.body().path("provisionalPoints").asInt()).isEqualTo(8);
        assertThat(ledgerRows(village, member)).isZero();
        assertThat(balance(village, member).path("pending").asLong()).isEqualTo(8);
        JsonNode queued = get(v(village) + "/reviews/pending").body().path("items").get(0);
        assertThat(queued.path("status").asText()).isEqualTo("AWAITING_SECOND_REVIEW");
        assertThat(queued.path("reviews")).hasSize(1);

        Response second = review(village, id, "APPROVED", "审核员乙");

        assertThat(second.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(second.body().path("reviews").findValuesAsText("reviewer")).containsExactly("审核员甲", "审核员乙");
        assertThat(second.body().path("reviews").findValuesAsText("keyId")).containsExactly(
                keyIdOf(reviewerKey(village, "审核员甲")), keyIdOf(reviewerKey(village, "审核员乙")));
        assertThat(ledgerSum(village, member)).isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT operator FROM ledger WHERE village_id = ? AND member_id = ?",
                String.class, village, member)).isEqualTo("审核员甲,审核员乙");
        assertThat(balance(village, member).path("pending").asLong()).isZero();
    }

    @Test
    void aSecondReviewerMayRejectWhatTheFirstApproved() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = pending(village, member, "BIG_CLEAN", "09:00");
        review(village, id, "APPROVED", "审核员甲");

        Response second = review(village, id, "REJECTED", "审核员乙");

        assertThat(second.body().path("status").asText()).isEqualTo("REJECTED");
        assertThat(ledgerRows(village, member)).isZero();
    }
}
