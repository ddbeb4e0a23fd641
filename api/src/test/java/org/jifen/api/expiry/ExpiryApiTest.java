package org.jifen.api.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.jifen.api.redemption.LedgerApiTest;
import org.junit.jupiter.api.Test;

/** Expiry runs against the real database: FIFO months, the annual reset, idempotence, never negative. */
class ExpiryApiTest extends LedgerApiTest {

    @Test
    void monthsExpireTheOldestPointsLeftAndRunsAreIdempotent() {
        String village = pointsVillage("ex-mon", "邛崃市 过期镇", "expiry.mode: MONTHS", "expiry.months: \"2\"");
        String member = unique("m");
        member(village, member, "h-" + member, "吴九");
        evidence(village, member, "GRANT", 10, "2025-01-10T09:00");
        evidence(village, member, "GRANT", 5, "2025-02-10T09:00");
        evidence(village, member, "FINE", 12, "2025-03-01T09:00");
        evidence(village, member, "GRANT", 4, "2025-04-01T09:00");
        assertThat(balance(village, member)).isEqualTo(7);

        Response first = run(village, "2025-04-10");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("mode").asText()).isEqualTo("MONTHS");
        assertThat(first.body().path("members").asInt()).isEqualTo(1);
        assertThat(first.body().path("points").asLong()).isEqualTo(3);
        assertThat(balance(village, member)).isEqualTo(4).isEqualTo(ledgerSum(village, member));

        var before = rowCounts();
        Response again = run(village, "2025-04-10");
        assertThat(again.body().path("members").asInt()).isZero();
        assertThat(again.body().path("alreadyExpired").asInt()).isEqualTo(1);
        assertThat(rowCounts()).isEqualTo(before);

        assertThat(run(village, "2025-06-01").body().path("points").asLong()).isEqualTo(4);
        assertThat(balance(village, member)).isZero();
        assertThat(ledgerSum(village, member)).isZero();
        Map<String, Object> entry = jdbc.queryForMap("SELECT rule_name, category, source_id, occurred_at FROM ledger "
                + "WHERE village_id = ? AND kind = 'EXPIRY' ORDER BY entry_id DESC LIMIT 1", village);
        assertThat(entry.get("rule_name")).isEqualTo("积分过期（2个月）");
        assertThat(entry.get("category")).isEqualTo("过期");
        assertThat(entry.get("source_id")).isEqualTo("2025-06-01/" + member);
        assertThat(entry.get("occurred_at").toString()).startsWith("2025-06-01");

        Response backwards = run(village, "2025-05-01");
        assertThat(backwards.status()).as(backwards.raw()).isEqualTo(409);
        assertThat(backwards.isProblem()).isTrue();
    }

    @Test
    void theAnnualResetClearsPositiveBalancesOnItsDateAndNeverMakesOneNegative() {
        String village = pointsVillage("ex-ann", "邛崃市 清零镇", "expiry.mode: ANNUAL", "expiry.date: \"12-31\"");
        String saver = unique("m");
        String fined = unique("m");
        String spender = unique("m");
        member(village, saver, "h-1", "甲");
        member(village, fined, "h-2", "乙");
        member(village, spender, "h-3", "丙");
        evidence(village, saver, "GRANT", 9, "2025-06-01T09:00");
        evidence(village, saver, "GRANT", 2, "2026-01-05T09:00"); // after the reset: kept
        evidence(village, fined, "FINE", 3, "2025-06-01T09:00");
        evidence(village, spender, "GRANT", 10, "2025-12-01T09:00");
        put(v(village) + "/catalogue/tea", Map.of("name", "茶叶", "price", 8, "stock", 5));
        assertThat(result(redeem(village, item(unique("k"), spender, "tea", 1, null)), 0).path("status").asText())
                .isEqualTo("REDEEMED"); // now, after the reset date: 2 left

        assertThat(run(village, "2025-12-30").body().path("members").asInt()).isZero();
        Response reset = run(village, "2025-12-31");
        assertThat(reset.status()).as(reset.raw()).isEqualTo(200);
        assertThat(reset.body().path("members").asInt()).as(reset.raw() + " saver " + balance(village, saver) + " spender " + balance(village, spender)).isEqualTo(2);
        assertThat(reset.body().path("points").asLong()).isEqualTo(9 + 2);
        assertThat(balance(village, saver)).isEqualTo(2);
        assertThat(balance(village, fined)).isEqualTo(-3);
        assertThat(balance(village, spender)).isZero();
        for (String m : new String[] {saver, fined, spender}) {
            assertThat(balance(village, m)).isEqualTo(ledgerSum(village, m));
        }
        var before = rowCounts();
        assertThat(run(village, "2025-12-31").body().path("alreadyExpired").asInt()).isEqualTo(2);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action = 'EXPIRY_RUN'",
                Long.class, village)).isEqualTo(1);
    }

    @Test
    void theQuarterResetClearsAtTheEndOfEachQuarterInVillageTimeAndTheBaseStays() {
        String village = pointsVillage("ex-qtr", "邛崃市 季度镇", "expiry.mode: QUARTER", "base.points: \"100\"",
                "base.period: QUARTER");
        String late = unique("m");
        String fined = unique("m");
        member(village, late, "h-1", "戊");
        member(village, fined, "h-2", "己");
        evidence(village, late, "GRANT", 6, "2026-03-31T15:30:00Z"); // 23:30 on 31 March in Asia/Shanghai: Q1
        evidence(village, late, "GRANT", 4, "2026-03-31T16:30:00Z"); // 00:30 on 1 April in Asia/Shanghai: Q2
        evidence(village, fined, "GRANT", 5, "2026-02-01T09:00");
        evidence(village, fined, "FINE", 2, "2026-03-01T09:00");

        assertThat(run(village, "2026-03-30").body().path("members").asInt()).isZero();
        Response reset = run(village, "2026-03-31");
        assertThat(reset.status()).as(reset.raw()).isEqualTo(200);
        assertThat(reset.body().path("mode").asText()).isEqualTo("QUARTER");
        assertThat(reset.body().path("members").asInt()).isEqualTo(2);
        assertThat(reset.body().path("points").asLong()).isEqualTo(6 + 3);
        assertThat(balance(village, late)).isEqualTo(4).isEqualTo(ledgerSum(village, late));
        assertThat(balance(village, fined)).isZero();
        Response withBase = get(memberPath(village, late) + "/balance");
        assertThat(withBase.body().path("base").path("points").asInt()).as(withBase.raw()).isEqualTo(100);
        assertThat(withBase.body().path("base").path("period").asText()).isEqualTo("QUARTER");
        Map<String, Object> entry = jdbc.queryForMap("SELECT rule_name, occurred_at FROM ledger "
                + "WHERE village_id = ? AND kind = 'EXPIRY' AND member_id = ?", village, late);
        assertThat(entry.get("rule_name")).isEqualTo("季度清零");
        assertThat(entry.get("occurred_at").toString()).startsWith("2026-03-31");

        var before = rowCounts();
        assertThat(run(village, "2026-03-31").body().path("alreadyExpired").asInt()).isEqualTo(2);
        assertThat(run(village, "2026-04-01").body().path("members").asInt()).isZero();
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(run(village, "2026-06-30").body().path("points").asLong()).isEqualTo(4);
        assertThat(balance(village, late)).isZero();
    }

    @Test
    void noExpirySettingExpiresNothingAndTheFutureIsRefused() {
        String village = pointsVillage("ex-none", "邛崃市 无期镇");
        String member = unique("m");
        member(village, member, "h-" + member, "丁");
        evidence(village, member, "GRANT", 5, "2025-06-01T09:00");
        Response none = run(village, "2025-12-31");
        assertThat(none.body().path("mode").asText()).isEqualTo("NONE");
        assertThat(balance(village, member)).isEqualTo(5);
        Response future = run(village, LocalDate.now().plusDays(3).toString());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.raw()).contains("date");
    }

    private Response run(String village, String date) {
        return post(v(village) + "/expiry/run", Map.of("date", date));
    }
}
