package org.jifen.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue, merchants, redemption, replays, refusals and cancellation, against the real database. */
class RedemptionApiTest extends LedgerApiTest {

    private static final String REGION = "邛崃市 兑换测试镇";

    @Test
    void catalogueAndMerchantsRoundTripChinese() {
        String village = pointsVillage("rd-cat", REGION);
        Response put = put(v(village) + "/catalogue/towel", Map.of("name", "毛巾（纯棉）", "price", 5, "stock", 12));
        assertThat(put.status()).as(put.raw()).isEqualTo(200);
        Response list = get(v(village) + "/catalogue");
        assertThat(list.body()).hasSize(1);
        assertThat(list.body().get(0).path("name").asText()).isEqualTo("毛巾（纯棉）");
        assertThat(list.body().get(0).path("price").asInt()).isEqualTo(5);
        assertThat(list.body().get(0).path("stock").asInt()).isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action = "
                + "'CATALOGUE_CHANGE'", Long.class, village)).isEqualTo(1);
        // the same item again changes nothing and records nothing
        put(v(village) + "/catalogue/towel", Map.of("name", "毛巾（纯棉）", "price", 5, "stock", 12));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action = "
                + "'CATALOGUE_CHANGE'", Long.class, village)).isEqualTo(1);

        Response bad = put(v(village) + "/catalogue/towel", Map.of("name", "毛巾", "price", 0, "stock", 1));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("price");

        String merchant = unique("shop");
        Response m = put("/api/v1/merchants/" + merchant, Map.of("name", "王记农资店", "region", REGION));
        assertThat(m.status()).as(m.raw()).isEqualTo(200);
        Response merchants = get("/api/v1/merchants?region=" + seg("邛崃市"));
        assertThat(merchants.raw()).contains("王记农资店", merchant);
    }

    @Test
    void redeemsDeductsPointsAndStockReplaysAndRefusesConflicts() {
        String village = pointsVillage("rd-item", REGION);
        String member = unique("m");
        member(village, member, "h-" + member, "李四");
        evidence(village, member, "GRANT", 20, "2026-11-02T09:00");
        put(v(village) + "/catalogue/oil", Map.of("name", "菜籽油 5L", "price", 8, "stock", 3));

        String key = unique("k");
        JsonNode first = result(redeem(village, item(key, member, "oil", 2, null)), 0);
        assertThat(first.path("status").asText()).isEqualTo("REDEEMED");
        assertThat(first.path("points").asInt()).isEqualTo(16);
        assertThat(first.path("balance").asLong()).isEqualTo(4);
        assertThat(balance(village, member)).isEqualTo(4).isEqualTo(ledgerSum(village, member));
        assertThat(stock(village, "oil")).isEqualTo(1);

        // the same key and content again: REPLAYED, nothing written
        var before = rowCounts();
        JsonNode replay = result(redeem(village, item(key, member, "oil", 2, null)), 0);
        assertThat(replay.path("status").asText()).isEqualTo("REPLAYED");
        assertThat(replay.path("points").asInt()).isEqualTo(16);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(stock(village, "oil")).isEqualTo(1);

        // the same key with other content: 409, nothing written
        Response conflict = redeem(village, item(key, member, "oil", 1, null));
        assertThat(conflict.status()).as(conflict.raw()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        assertThat(conflict.body().path("result").asText()).isEqualTo("KEY_CONFLICT");
        assertThat(rowCounts()).isEqualTo(before);

        // not enough points: 409 with the balance and the price
        Response poor = redeem(village, item(unique("k"), member, "oil", 1, null));
        assertThat(poor.status()).as(poor.raw()).isEqualTo(409);
        assertThat(poor.body().path("balance").asLong()).isEqualTo(4);
        assertThat(poor.body().path("price").asInt()).isEqualTo(8);
        assertThat(poor.body().path("title").asText()).isEqualTo("Insufficient points");
        assertThat(rowCounts()).isEqualTo(before);

        // out of stock
        evidence(village, member, "GRANT", 30, "2026-11-03T09:00");
        Response empty = redeem(village, item(unique("k"), member, "oil", 2, null));
        assertThat(empty.status()).as(empty.raw()).isEqualTo(409);
        assertThat(empty.body().path("result").asText()).isEqualTo("OUT_OF_STOCK");
        assertThat(balance(village, member)).isEqualTo(34);

        Response unknown = redeem(village, item(unique("k"), member, "nothing", 1, null));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action = 'REDEMPTION'",
                Long.class, village)).isEqualTo(1);
    }

    @Test
    void cancelReturnsPointsAndStockOnce() {
        String village = pointsVillage("rd-cancel", REGION);
        String member = unique("m");
        member(village, member, "h-" + member, "王五");
        evidence(village, member, "GRANT", 10, "2026-11-02T09:00");
        put(v(village) + "/catalogue/soap", Map.of("name", "洗衣皂", "price", 3, "stock", 5));
        String key = unique("k");
        assertThat(result(redeem(village, item(key, member, "soap", 2, null)), 0).path("status").asText())
                .isEqualTo("REDEEMED");
        assertThat(balance(village, member)).isEqualTo(4);

        Response cancelled = post(v(village) + "/redemptions/" + key + "/cancel",
                Map.of("reason", "商品有破损，退回", "operator", "超市管理员 赵六"));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.body().path("pointsReturned").asInt()).isEqualTo(6);
        assertThat(cancelled.body().path("balance").asLong()).isEqualTo(10);
        assertThat(cancelled.body().path("replayed").asBoolean()).isFalse();
        assertThat(stock(village, "soap")).isEqualTo(5);

        var before = rowCounts();
        Response again = post(v(village) + "/redemptions/" + key + "/cancel", Map.of("reason", "再次", "operator", "赵六"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("replayed").asBoolean()).isTrue();
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(stock(village, "soap")).isEqualTo(5);

        Map<String, Object> row = jdbc.queryForMap("SELECT c.points, c.reverses_entry, c.operator, c.reason, r.entry_id "
                + "FROM ledger c JOIN ledger r ON r.village_id = c.village_id AND r.kind = 'REDEMPTION' "
                + "AND r.source_id = c.source_id WHERE c.village_id = ? AND c.kind = 'REDEMPTION_CANCEL' "
                + "AND c.source_id = ?", village, key);
        assertThat(row.get("points")).isEqualTo(6);
        assertThat(row.get("reverses_entry")).isEqualTo(row.get("entry_id"));
        assertThat(row.get("operator")).isEqualTo("超市管理员 赵六");
        assertThat(row.get("reason")).isEqualTo("商品有破损，退回");
        assertThat(balance(village, member)).isEqualTo(ledgerSum(village, member));
        assertThat(post(v(village) + "/redemptions/nope/cancel", Map.of("reason", "x", "operator", "y")).status())
                .isEqualTo(404);
    }

    @Test
    void merchantsServeTheirRegionOnly() {
        String village = pointsVillage("rd-mer", REGION);
        String far = pointsVillage("rd-far", "乐山市 远处镇");
        String member = unique("m");
        member(village, member, "h-" + member, "陈七");
        member(far, member, "h-" + member, "陈七");
        evidence(village, member, "GRANT", 10, "2026-11-02T09:00");
        evidence(far, member, "GRANT", 10, "2026-11-02T09:00");
        String merchant = unique("shop");
        put("/api/v1/merchants/" + merchant, Map.of("name", "镇上理发店", "region", "邛崃市"));

        JsonNode here = result(redeem(village, atMerchant(unique("k"), member, merchant, 7, null),
                atMerchant(unique("k"), member, merchant, 7, null)), 0);
        assertThat(here.path("status").asText()).isEqualTo("REDEEMED");
        assertThat(balance(village, member)).isEqualTo(3);

        Response there = redeem(far, atMerchant(unique("k"), member, merchant, 7, null));
        assertThat(there.status()).as(there.raw()).isEqualTo(409);
        assertThat(there.body().path("result").asText()).isEqualTo("MERCHANT_NOT_IN_REGION");
        assertThat(balance(far, member)).isEqualTo(10);

        // a MERCHANT key of the region redeems; one of another region is refused
        String key = createMerchantKey("邛崃市");
        assertThat(as(key).post(v(village) + "/redemptions", Map.of("redemptions", java.util.List.of(
                atMerchant(unique("k"), member, merchant, 1, null)))).status()).isEqualTo(200);
        assertThat(as(key).post(v(far) + "/redemptions", Map.of("redemptions", java.util.List.of(
                atMerchant(unique("k"), member, merchant, 1, null)))).status()).isEqualTo(403);
    }

    @Test
    void aCollectiveRedemptionDayHandlesEachRedemptionOnItsOwn() {
        String village = pointsVillage("rd-day", REGION);
        String rich = unique("m");
        String poor = unique("m");
        member(village, rich, "h-1", "张三");
        member(village, poor, "h-2", "李四");
        evidence(village, rich, "GRANT", 12, "2026-11-02T09:00");
        evidence(village, poor, "GRANT", 2, "2026-11-02T09:00");
        put(v(village) + "/catalogue/rice", Map.of("name", "大米 10斤", "price", 5, "stock", 10));
        Response day = redeem(village, item("a-" + rich, rich, "rice", 1, null), item("b-" + poor, poor, "rice", 1, null),
                item("c-" + rich, rich, "rice", 1, null), item("d-" + rich, rich, "rice", 1, null),
                item("e-" + unique("x"), "nobody", "rice", 1, null));
        assertThat(day.status()).as(day.raw()).isEqualTo(200);
        assertThat(day.body().path("results")).extracting(n -> n.path("status").asText()).containsExactly(
                "REDEEMED", "INSUFFICIENT_POINTS", "REDEEMED", "INSUFFICIENT_POINTS", "UNKNOWN_MEMBER");
        assertThat(balance(village, rich)).isEqualTo(2);
        assertThat(balance(village, poor)).isEqualTo(2);
        assertThat(stock(village, "rice")).isEqualTo(8);

        Response twice = redeem(village, item("same", rich, "rice", 1, null), item("same", rich, "rice", 1, null));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.raw()).contains("redemptions[1].key");
        Response both = post(v(village) + "/redemptions", Map.of("redemptions", java.util.List.of(
                Map.of("key", "x", "memberId", rich, "itemId", "rice", "merchantId", "m"))));
        assertThat(both.status()).isEqualTo(400);
    }

    private int stock(String village, String item) {
        return jdbc.queryForObject("SELECT stock FROM catalogue_items WHERE village_id = ? AND item_id = ?",
                Integer.class, village, item);
    }
}
