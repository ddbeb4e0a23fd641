package org.jifen.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may review: nobody their own, their household's or reported evidence; two distinct reviewers above the setting. */
class ReviewersApiTest extends ReviewApiSupport {

    @Test
    void nobodyReviewsTheirOwnOrTheirHouseholdsEvidence() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String spouse = unique("spouse");
        assertThat(put(memberPath(village, spouse), Map.of("householdId", "h-" + member)).status()).isEqualTo(200);
        String reporter = unique("reporter");
        String id = unique("ev");
        submit(village, evidence(id, "CLEANING", member, DAY + "T08:30", "PENDING").put("reporterId", reporter));

        for (String reviewer : List.of(member, spouse, reporter)) {
            Response refused = review(village, id, "APPROVED", reviewer);
            assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("reviewer");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_decisions WHERE village_id = ?", Long.class,
                village)).isZero();
        // a reviewer who is not a member has no household: staff may review
        Response staff = review(village, id, "APPROVED", "街道工作人员-赵六");
        assertThat(staff.status()).as(staff.raw()).isEqualTo(200);
        assertThat(ledgerSum(village, member)).isEqualTo(2);
    }

    @Test
    void awardsAboveTheSettingNeedTwoDistinctReviewers() {
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
        assertThat(review(village, id, "APPROVED", "审核员甲").body()).isEqualTo(first.body());
        JsonNode queued = get(v(village) + "/reviews/pending").body().path("items").get(0);
        assertThat(queued.path("status").asText()).isEqualTo("AWAITING_SECOND_REVIEW");
        assertThat(queued.path("reviews")).hasSize(1);

        Response second = review(village, id, "APPROVED", "审核员乙");

        assertThat(second.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(second.body().path("reviews")).hasSize(2);
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
