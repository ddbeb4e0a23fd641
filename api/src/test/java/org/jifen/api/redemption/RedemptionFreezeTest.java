package org.jifen.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redemption freezes (暂停兑换) of a member and of a household: refused with the reason, audited, lifted. */
class RedemptionFreezeTest extends LedgerApiTest {

    private static final String REGION = "邛崃市 冻结测试镇";

    @Test
    void aFrozenMemberOrHouseholdCannotRedeemUntilLifted() {
        String village = pointsVillage("rd-freeze", REGION);
        String member = unique("m");
        String household = "h-" + member;
        member(village, member, household, "王五");
        evidence(village, member, "GRANT", 20, "2026-11-02T09:00");
        put(v(village) + "/catalogue/soap", Map.of("name", "肥皂", "price", 2, "stock", 50));

        Response frozen = put(memberPath(village, member) + "/redemption-freeze",
                Map.of("until", "2099-12-31", "reason", "虚报积分，待核查", "operator", "村委张主任"));
        assertThat(frozen.status()).as(frozen.raw()).isEqualTo(200);
        Response refused = redeem(village, item(unique("k"), member, "soap", 1, null));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body().path("result").asText()).isEqualTo("FROZEN");
        assertThat(refused.body().path("detail").asText()).contains("暂停至 2099-12-31", "虚报积分，待核查");
        assertThat(get(memberPath(village, member) + "/redemption-freeze").body().path("reason").asText())
                .isEqualTo("虚报积分，待核查");

        assertThat(as(ADMIN_KEY).delete(memberPath(village, member) + "/redemption-freeze").status()).isEqualTo(204);
        assertThat(result(redeem(village, item(unique("k"), member, "soap", 1, null)), 0).path("status").asText())
                .isEqualTo("REDEEMED");

        Response householdFrozen = put(v(village) + "/households/" + household + "/redemption-freeze",
                Map.of("until", "2099-01-01", "reason", "户内纠纷调解中"));
        assertThat(householdFrozen.status()).as(householdFrozen.raw()).isEqualTo(200);
        Response again = redeem(village, item(unique("k"), member, "soap", 1, null));
        assertThat(again.body().path("result").asText()).as(again.raw()).isEqualTo("FROZEN");
        assertThat(again.body().path("detail").asText()).contains("户内纠纷调解中");

        Response past = put(v(village) + "/households/" + household + "/redemption-freeze",
                Map.of("until", "2020-01-01", "reason", "已过期"));
        assertThat(past.status()).isEqualTo(200);
        assertThat(result(redeem(village, item(unique("k"), member, "soap", 1, null)), 0).path("status").asText())
                .isEqualTo("REDEEMED");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action IN"
                + " ('REDEMPTION_FREEZE', 'REDEMPTION_UNFREEZE')", Long.class, village)).isEqualTo(4);
        assertThat(put(memberPath(village, "nobody") + "/redemption-freeze",
                Map.of("until", "2099-01-01", "reason", "无")).status()).isEqualTo(404);
    }
}
