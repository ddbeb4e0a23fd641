package org.jifen.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.api.review.ReviewApiSupport;
import org.junit.jupiter.api.Test;

/**
 * Races against the real database: reviews, reversals and adjustments lock the member first, so
 * 32 at once credit, reverse or adjust once, and approvals of different evidence respect caps.
 */
class LedgerRaceTest extends ReviewApiSupport {

    private static final int THREADS = 32;

    @Test
    void thirtyTwoIdenticalApprovalsCreditOnce() throws Exception {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = pending(village, member, "CLEANING", "08:30");

        String key = reviewerKey(village, "审核员甲");
        List<Response> responses = race(THREADS, i -> () -> reviewAs(key, village, id, "APPROVED"));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
            assertThat(r.body().path("status").asText()).isEqualTo("APPROVED");
            assertThat(r.body().path("awards").get(0).path("points").asInt()).isEqualTo(2);
        });
        assertThat(ledgerRows(village, member)).isEqualTo(1);
        assertThat(ledgerSum(village, member)).isEqualTo(2);
        assertThat(auditCount(village, "REVIEW_DECISION")).isEqualTo(1);
    }

    @Test
    void thirtyTwoReviewersApprovingAtOnceCreditOnce() throws Exception {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = pending(village, member, "MEETING", "19:00");

        List<Response> responses = race(THREADS, i -> {
            String key = reviewerKey(village, "审核员" + i);
            return () -> reviewAs(key, village, id, "APPROVED");
        });

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(THREADS - 1);
        assertThat(ledgerRows(village, member)).isEqualTo(2);
        assertThat(ledgerSum(village, member)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_decisions WHERE village_id = ?", Long.class,
                village)).isEqualTo(1);
    }

    @Test
    void concurrentApprovalsOfDifferentEvidenceNeverExceedACap() throws Exception {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(pending(village, member, "CLEANING", "%02d:00".formatted(8 + i)));
        }

        String key = reviewerKey(village, "审核员甲");
        List<Response> responses = race(ids.size(), i -> () -> reviewAs(key, village, ids.get(i), "APPROVED"));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.raw()).isEqualTo(200));
        assertThat(responses).filteredOn(r -> r.body().path("awards").get(0).path("points").asInt() == 2).hasSize(2);
        assertThat(ledgerRows(village, member)).isEqualTo(2);
        assertThat(ledgerSum(village, member)).isEqualTo(4);
        assertThat(balance(village, member).path("pending").asLong()).isZero();
    }

    @Test
    void thirtyTwoReversalsOfOneEntryReverseItOnce() throws Exception {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        submit(village, evidence(unique("ev"), "BIG_CLEAN", member, DAY + "T08:00", "APPROVED"));
        long award = entries(village, member, "AWARD").get(0);
        String key = unique("rev");

        List<Response> sameKey = race(THREADS, i -> () -> reverseEntry(village, award, key));
        List<Response> otherKeys = race(THREADS, i -> () -> reverseEntry(village, award, key + "-" + i));

        assertThat(sameKey).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(sameKey).filteredOn(r -> r.status() == 200).hasSize(THREADS - 1);
        assertThat(otherKeys).allSatisfy(r -> assertThat(r.status()).as(r.raw()).isEqualTo(409));
        assertThat(entries(village, member, "REVERSAL")).hasSize(1);
        assertThat(ledgerSum(village, member)).isZero();
    }

    @Test
    void thirtyTwoCopiesOfOneAdjustmentWriteOneEntry() throws Exception {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String key = unique("adj");

        List<Response> responses = race(THREADS, i -> () -> adjust(village, key, member, 5, "善治"));

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(THREADS - 1);
        assertThat(ledgerRows(village, member)).isEqualTo(1);
        assertThat(ledgerSum(village, member)).isEqualTo(5);
    }
}
