package org.jifen.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Review of evidence submitted PENDING: provisional awards, approval, rejection, idempotency, the queue. */
class ReviewApiTest extends ReviewApiSupport {

    @Test
    void pendingEvidenceHasProvisionalAwardsShownAsPendingAndNotInTheLedger() {
        String village = reviewVillage();
        String member = unique("张三");
        register(village, member);
        String id = unique("ev");

        JsonNode result = submit(village, evidence(id, "CLEANING", member, DAY + "T08:30", "PENDING"));

        assertThat(result.path("status").asText()).isEqualTo("CREDITED");
        assertThat(result.path("awards")).isEmpty();
        assertThat(result.path("provisionalAwards")).hasSize(1);
        assertThat(result.path("provisionalAwards").get(0).path("rule").asText()).isEqualTo("打扫卫生");
        assertThat(result.path("provisionalAwards").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(ledgerRows(village, member)).isZero();
        JsonNode balance = balance(village, member);
        assertThat(balance.path("total").asLong()).isZero();
        assertThat(balance.path("pending").asLong()).isEqualTo(2);
        assertThat(balance.path("spendable").asLong()).isZero();
        JsonNode queue = get(v(village) + "/reviews/pending").body();
        assertThat(queue.path("total").asLong()).isEqualTo(1);
        JsonNode item = queue.path("items").get(0);
        assertThat(item.path("evidenceId").asText()).isEqualTo(id);
        assertThat(item.path("memberId").asText()).isEqualTo(member);
        assertThat(item.path("householdId").asText()).isEqualTo("h-" + member);
        assertThat(item.path("type").asText()).isEqualTo("CLEANING");
        assertThat(item.path("status").asText()).isEqualTo("PENDING");
        assertThat(item.path("provisionalPoints").asInt()).isEqualTo(2);
        assertThat(item.path("provisionalAwards").get(0).path("category").asText()).isEqualTo("弘德");
        assertThat(item.path("submittedAt").asText()).isNotEmpty();
    }

    @Test
    void approvalCreditsOnceAndRepeatingItWritesNothing() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = pending(village, member, "CLEANING", "08:30");

        Response approved = review(village, id, "APPROVED", "审核员甲");

        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().path("policyVersion").asInt()).isEqualTo(1);
        assertThat(approved.body().path("awards").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(approved.body().path("reviews").get(0).path("reviewer").asText()).isEqualTo("审核员甲");
        assertThat(approved.body().path("reviews").get(0).path("note").asText()).isEqualTo("照片清楚");
        assertThat(ledgerSum(village, member)).isEqualTo(2);
        Map<String, Object> entry = jdbc.queryForMap("SELECT kind, evidence_id, rule_name, policy_version, source_id,"
                + " operator FROM ledger WHERE village_id = ? AND member_id = ?", village, member);
        assertThat(entry).containsEntry("kind", "AWARD").containsEntry("evidence_id", id)
                .containsEntry("rule_name", "打扫卫生").containsEntry("policy_version", 1)
                .containsEntry("source_id", "review:" + id).containsEntry("operator", "审核员甲");
        assertThat(jdbc.queryForObject("SELECT status FROM evidence WHERE village_id = ? AND evidence_id = ?",
                String.class, village, id)).isEqualTo("APPROVED");
        JsonNode balance = balance(village, member);
        assertThat(balance.path("total").asLong()).isEqualTo(2);
        assertThat(balance.path("pending").asLong()).isZero();
        assertThat(balance.path("spendable").asLong()).isEqualTo(2);
        assertThat(get(v(village) + "/reviews/pending").body().path("total").asLong()).isZero();
        long audits = auditCount(village, "REVIEW_DECISION");
        assertThat(audits).isEqualTo(1);

        Response again = review(village, id, "APPROVED", "审核员甲");

        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(approved.body());
        assertThat(ledgerRows(village, member)).isEqualTo(1);
        assertThat(auditCount(village, "REVIEW_DECISION")).isEqualTo(audits);
        Response changedMind = review(village, id, "REJECTED", "审核员甲");
        assertThat(changedMind.status()).as(changedMind.raw()).isEqualTo(409);
        assertThat(changedMind.isProblem()).isTrue();
        Response late = review(village, id, "APPROVED", "审核员乙");
        assertThat(late.status()).as(late.raw()).isEqualTo(409);
        assertThat(late.body().path("detail").asText()).contains("already APPROVED");
        assertThat(ledgerRows(village, member)).isEqualTo(1);
    }

    @Test
    void rejectionDropsTheProvisionalAwards() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = pending(village, member, "CLEANING", "08:30");

        Response rejected = review(village, id, "REJECTED", "审核员甲");

        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
        assertThat(rejected.body().path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.body().path("awards")).isEmpty();
        assertThat(rejected.body().path("provisionalAwards")).isEmpty();
        assertThat(ledgerRows(village, member)).isZero();
        assertThat(balance(village, member).path("pending").asLong()).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM evidence WHERE village_id = ? AND evidence_id = ?",
                String.class, village, id)).isEqualTo("REJECTED");
        assertThat(review(village, id, "REJECTED", "审核员甲").status()).isEqualTo(200);
        assertThat(review(village, id, "APPROVED", "审核员乙").status()).isEqualTo(409);
        assertThat(ledgerRows(village, member)).isZero();
    }

    @Test
    void capsAreAppliedAtApprovalTime() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        List<String> ids = List.of(pending(village, member, "CLEANING", "08:00"),
                pending(village, member, "CLEANING", "09:00"), pending(village, member, "CLEANING", "10:00"));
        assertThat(balance(village, member).path("pending").asLong()).isEqualTo(6);

        List<JsonNode> answers = ids.stream().map(id -> review(village, id, "APPROVED", "审核员甲").body()).toList();

        assertThat(answers.get(0).path("awards").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(answers.get(1).path("awards").get(0).path("points").asInt()).isEqualTo(2);
        JsonNode capped = answers.get(2).path("awards").get(0);
        assertThat(capped.path("points").asInt()).isZero();
        assertThat(capped.path("capped").asBoolean()).isTrue();
        assertThat(answers.get(2).path("status").asText()).isEqualTo("APPROVED");
        assertThat(ledgerRows(village, member)).isEqualTo(2);
        assertThat(balance(village, member).path("total").asLong()).isEqualTo(4);
    }

    @Test
    void evidenceCreditedWhilePendingIsNeverCreditedTwice() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = unique("ev");

        JsonNode result = submit(village, evidence(id, "MEETING", member, DAY + "T19:00", "PENDING"));

        assertThat(result.path("awards")).hasSize(1);
        assertThat(result.path("awards").get(0).path("rule").asText()).isEqualTo("参加村民说事会");
        assertThat(result.path("provisionalAwards")).hasSize(1);
        assertThat(result.path("provisionalAwards").get(0).path("rule").asText()).isEqualTo("说事会 审核确认");
        JsonNode before = balance(village, member);
        assertThat(before.path("total").asLong()).isEqualTo(2);
        assertThat(before.path("pending").asLong()).isEqualTo(1);

        Response approved = review(village, id, "APPROVED", "审核员甲");

        assertThat(approved.body().path("awards")).hasSize(1);
        assertThat(approved.body().path("awards").get(0).path("points").asInt()).isEqualTo(1);
        assertThat(ledgerSum(village, member)).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT award_seq FROM ledger WHERE village_id = ? AND evidence_id = ?"
                + " ORDER BY award_seq", Integer.class, village, id)).containsExactly(0, 1);
        assertThat(balance(village, member).path("pending").asLong()).isZero();
    }

    @Test
    void approvalUsesThePolicyActiveAtApprovalTime() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = pending(village, member, "CLEANING", "08:30");
        assertThat(putText(draftFile(village, "rules.drl"), DRL.replace("award.grant($e, 2,", "award.grant($e, 3,"))
                .status()).isEqualTo(200);
        assertThat(putText(draftFile(village, "cases.yaml"), REVIEW_CASES.replace("points: 2", "points: 3"))
                .status()).isEqualTo(200);
        assertThat(publish(village, "审核员", "提高分值").status()).isEqualTo(201);

        Response approved = review(village, id, "APPROVED", "审核员甲");

        assertThat(approved.body().path("policyVersion").asInt()).isEqualTo(2);
        assertThat(ledgerSum(village, member)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT policy_version FROM ledger WHERE village_id = ? AND member_id = ?",
                Integer.class, village, member)).isEqualTo(2);
    }

    @Test
    void theQueueIsOldestFirstAndPaged() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        List<String> ids = List.of(pending(village, member, "CLEANING", "08:00"),
                pending(village, member, "LITTERING", "09:00"), pending(village, member, "BIG_CLEAN", "10:00"));
        review(village, ids.get(1), "APPROVED", "审核员甲");

        JsonNode page = get(v(village) + "/reviews/pending?limit=1&offset=1").body();

        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("evidenceId").asText()).isEqualTo(ids.get(2));
        JsonNode all = get(v(village) + "/reviews/pending").body();
        assertThat(all.path("items").findValuesAsText("evidenceId")).containsExactly(ids.get(0), ids.get(2));
        assertThat(ledgerSum(village, member)).isEqualTo(-3);
    }

    @Test
    void theSimulatorReplaysReviewedEvidenceWithItsDecidedStatus() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        review(village, pending(village, member, "CLEANING", "08:30"), "APPROVED", "审核员甲");
        review(village, pending(village, member, "BIG_CLEAN", "09:30"), "REJECTED", "审核员甲");
        pending(village, member, "LITTERING", "10:30");

        Response simulated = as(ADMIN_KEY).send("POST", draft(village) + "/simulate?from=2026-11-01&to=2026-12-01",
                null, null, Map.of());

        assertThat(simulated.status()).as(simulated.raw()).isEqualTo(200);
        assertThat(simulated.body().path("totals").path("baseline").asLong()).as(simulated.raw()).isEqualTo(2);
    }

    @Test
    void onlyEvidenceSubmittedPendingIsReviewed() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = unique("ev");
        submit(village, evidence(id, "CLEANING", member, DAY + "T08:30", "APPROVED"));

        Response notPending = review(village, id, "APPROVED", "审核员甲");
        assertThat(notPending.status()).as(notPending.raw()).isEqualTo(409);
        assertThat(notPending.body().path("detail").asText()).contains("submitted APPROVED");
        assertThat(review(village, unique("nothing"), "APPROVED", "审核员甲").status()).isEqualTo(404);
        Response bad = post(v(village) + "/evidence/" + id + "/review", Map.of("decision", "MAYBE", "reviewer", "x"));
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.raw()).contains("decision");
        assertThat(ledgerRows(village, member)).isEqualTo(1);
    }
}
