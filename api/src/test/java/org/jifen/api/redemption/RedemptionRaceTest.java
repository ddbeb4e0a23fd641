package org.jifen.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent redemptions by one member: the member row lock means the balance never goes below zero. */
class RedemptionRaceTest extends LedgerApiTest {

    @Test
    void thirtyTwoConcurrentRedemptionsNeverOverdraw() throws Exception {
        String village = pointsVillage("rd-race", "邛崃市 竞争镇");
        String member = unique("m");
        member(village, member, "h-" + member, "周八");
        evidence(village, member, "GRANT", 50, "2026-11-02T09:00");
        put(v(village) + "/catalogue/cup", Map.of("name", "搪瓷杯", "price", 7, "stock", 100));

        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String key = member + "-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return redeem(village, item(key, member, "cup", 1, null));
            }));
        }
        start.countDown();
        int redeemed = 0;
        int refused = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            if (response.status() == 200) {
                redeemed++;
            } else {
                assertThat(response.status()).as(response.raw()).isEqualTo(409);
                assertThat(response.body().path("result").asText()).isEqualTo("INSUFFICIENT_POINTS");
                assertThat(response.body().path("balance").asLong()).isLessThan(7).isGreaterThanOrEqualTo(0);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(redeemed).isEqualTo(7);
        assertThat(refused).isEqualTo(25);
        assertThat(ledgerSum(village, member)).isEqualTo(1).isEqualTo(balance(village, member));
        assertThat(jdbc.queryForObject("SELECT stock FROM catalogue_items WHERE village_id = ? AND item_id = 'cup'",
                Integer.class, village)).isEqualTo(93);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM redemptions WHERE village_id = ?", Long.class, village))
                .isEqualTo(7);

        // the same 32 again: the 7 that went through replay, the others are still refused; nothing is written
        long rows = ledgerRows(village, member);
        for (int i = 0; i < 32; i++) {
            Response again = redeem(village, item(member + "-" + i, member, "cup", 1, null));
            assertThat(again.status()).isIn(200, 409);
        }
        assertThat(ledgerRows(village, member)).isEqualTo(rows);
        assertThat(ledgerSum(village, member)).isEqualTo(1);
    }
}
