package org.jifen.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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

    @Test
    void aRuleSuspendsTheHouseholdThroughNextYearAndNeverShortensAFreeze() {
        String village = pointsVillage("rd-rule", REGION);
        String member = unique("m");
        String sibling = unique("s");
        String household = "h-" + member;
        member(village, member, household, "赵六");
        member(village, sibling, household, "赵七");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        evidence(village, sibling, "GRANT", 20, year + "-01-02T09:00");
        put(v(village) + "/catalogue/soap", Map.of("name", "肥皂", "price", 2, "stock", 50));
        String claim = unique("claim");
        evidence(village, claim, member, "FALSE_CLAIM", 5, year + "-01-03T09:00");

        assertThat(jdbc.queryForList("SELECT kind, points, reason FROM ledger WHERE village_id = ? AND evidence_id = ?"
                + " ORDER BY kind", village, claim)).extracting(r -> r.get("kind") + ":" + r.get("points"))
                .containsExactly("AWARD:-5", "SUSPENSION:0");
        Response freeze = get(v(village) + "/households/" + household + "/redemption-freeze");
        assertThat(freeze.status()).as(freeze.raw()).isEqualTo(200);
        assertThat(freeze.body().path("until").asText()).isEqualTo((year + 1) + "-12-31");
        assertThat(freeze.raw()).contains("规则：虚报积分 暂停兑换", "取消当年和次年兑换资格");
        Response refused = redeem(village, item(unique("k"), sibling, "soap", 1, null));
        assertThat(refused.body().path("result").asText()).as(refused.raw()).isEqualTo("FROZEN");
        assertThat(refused.body().path("detail").asText()).contains((year + 1) + "-12-31");

        Response longer = put(v(village) + "/households/" + household + "/redemption-freeze",
                Map.of("until", "2099-12-31", "reason", "村委决定"));
        assertThat(longer.status()).isEqualTo(200);
        evidence(village, member, "FALSE_CLAIM", 1, year + "-01-04T09:00");
        assertThat(get(v(village) + "/households/" + household + "/redemption-freeze").body().path("until").asText())
                .as("a rule extends a freeze, never shortens it").isEqualTo("2099-12-31");

        Response reversed = post(v(village) + "/evidence/" + claim + "/reversal",
                Map.of("requestKey", unique("undo"), "reason", "核实无误"));
        assertThat(reversed.status()).as(reversed.raw()).isEqualTo(201);
        assertThat(reversed.body().path("entries")).as("only the points are reversed; an official lifts the freeze")
                .singleElement().satisfies(e -> assertThat(e.path("points").asInt()).isEqualTo(5));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action ="
                + " 'REDEMPTION_FREEZE'", Long.class, village)).isEqualTo(3);
    }

    @Test
    void aBatchSuspendingOneHouseholdTwiceWritesOneFreezeAndOneAuditEntry() {
        String village = pointsVillage("rd-twice", REGION);
        String member = unique("m");
        member(village, member, "h-" + member, "钱八");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Response response = post(evaluations(village), batch(false,
                JSON.createObjectNode().put("id", unique("c1")).put("type", "FALSE_CLAIM").put("memberId", member)
                        .put("occurredAt", year + "-01-05T09:00").put("status", "APPROVED").put("quantity", 1),
                JSON.createObjectNode().put("id", unique("c2")).put("type", "FALSE_CLAIM").put("memberId", member)
                        .put("occurredAt", year + "-01-06T09:00").put("status", "APPROVED").put("quantity", 1)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND kind = 'SUSPENSION'",
                Long.class, village)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action ="
                + " 'REDEMPTION_FREEZE'", Long.class, village)).isEqualTo(1);
    }
}
