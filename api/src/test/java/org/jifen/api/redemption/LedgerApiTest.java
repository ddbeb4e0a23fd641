package org.jifen.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.api.policy.draft.PolicyApiTest;

/**
 * Base of the redemption, expiry and report tests: a fresh published village per test whose rules
 * turn a GRANT, HELP or FINE evidence into exactly its {@code quantity} in points, so a test can
 * script any balance; helpers to register named members and to redeem.
 */
public abstract class LedgerApiTest extends PolicyApiTest {

    /**
     * GRANT: +quantity (弘德); HELP: +quantity (志愿服务); FINE: −quantity (守法); FALSE_CLAIM: −quantity
     * and the household's redemption suspended through the end of next year.
     */
    protected static final String LEDGER_RULES = """
            package village.ledgertest;

            rule "测试奖励"
                @category("弘德")
            when
                $e : Evidence( type == "GRANT", approved )
            then
                award.grant($e, $e.quantity(), "测试奖励");
            end

            rule "志愿帮扶"
                @category("志愿服务")
            when
                $e : Evidence( type == "HELP", approved )
            then
                award.grant($e, $e.quantity(), "志愿帮扶");
            end

            rule "测试扣分"
                @category("守法")
            when
                $e : Evidence( type == "FINE", approved )
            then
                award.deduct($e, $e.quantity(), "测试扣分");
            end

            rule "虚报积分 暂停兑换"
                @category("守法")
            when
                $e : Evidence( type == "FALSE_CLAIM", approved )
            then
                award.deduct($e, $e.quantity(), "虚报积分");
                award.suspend($e, "户", "次年", "虚报积分，取消当年和次年兑换资格");
            end
            """;

    protected static final String LEDGER_CASES = """
            cases:
              - name: 奖励按数量计分
                evidence:
                  - { id: e1, type: GRANT, at: "2026-11-18T08:30", quantity: 3 }
                  - { id: e2, type: FINE, at: "2026-11-18T09:30", quantity: 2 }
                expect:
                  - { evidence: e1, rule: "测试奖励", points: 3, category: 弘德 }
                  - { evidence: e2, rule: "测试扣分", points: -2, category: 守法 }
            """;

    /** A published village in {@code region} with the given lines under {@code settings:} (may be empty). */
    protected String pointsVillage(String prefix, String region, String... settings) {
        String village = unique(prefix);
        Response created = put(villagePath(village), Map.of("name", "测试村", "region", region));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        StringBuilder yaml = new StringBuilder("id: " + village + "\nname: 测试村\nregion: " + region
                + "\ntimezone: Asia/Shanghai\n");
        if (settings.length > 0) {
            yaml.append("settings:\n");
            for (String line : settings) {
                yaml.append("  ").append(line).append('\n');
            }
        }
        assertThat(putText(draftFile(village, "village.yaml"), yaml.toString()).status()).isIn(200, 201);
        assertThat(putText(draftFile(village, "rules.drl"), LEDGER_RULES).status()).isEqualTo(201);
        assertThat(putText(draftFile(village, "cases.yaml"), LEDGER_CASES).status()).isEqualTo(201);
        Response published = publish(village, "测试", "积分测试村");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        return village;
    }

    /** Registers a member with a name and household. */
    protected void member(String village, String member, String household, String name) {
        Response response = put(memberPath(village, member), Map.of("householdId", household, "roles",
                List.of("RESIDENT"), "joinedOn", "2025-01-01", "name", name));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** Evaluates one approved evidence of {@code type} (GRANT, HELP, FINE, FALSE_CLAIM) worth {@code points}. */
    protected void evidence(String village, String member, String type, int points, String at) {
        evidence(village, unique("ev"), member, type, points, at);
    }

    /** As {@link #evidence(String, String, String, int, String)} with the evidence id. */
    protected void evidence(String village, String id, String member, String type, int points, String at) {
        ObjectNode e = JSON.createObjectNode().put("id", id).put("type", type).put("memberId", member)
                .put("occurredAt", at).put("status", "APPROVED").put("quantity", points);
        Response response = post(evaluations(village), batch(false, e));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().path("results").get(0).path("status").asText()).isEqualTo("CREDITED");
    }

    protected static String v(String village) {
        return "/api/v1/villages/" + village;
    }

    /** One redemption's JSON: item (quantity) or merchant (points); {@code at} may be null. */
    protected static Map<String, Object> item(String key, String member, String item, int quantity, String at) {
        Map<String, Object> r = new LinkedHashMap<>(Map.of("key", key, "memberId", member, "itemId", item,
                "quantity", quantity));
        if (at != null) {
            r.put("occurredAt", at);
        }
        return r;
    }

    protected static Map<String, Object> atMerchant(String key, String member, String merchant, int points, String at) {
        Map<String, Object> r = new LinkedHashMap<>(Map.of("key", key, "memberId", member, "merchantId", merchant,
                "points", points));
        if (at != null) {
            r.put("occurredAt", at);
        }
        return r;
    }

    @SafeVarargs
    protected final Response redeem(String village, Map<String, Object>... redemptions) {
        return post(v(village) + "/redemptions", Map.of("redemptions", List.of(redemptions)));
    }

    /** The one result of a batch. */
    protected static JsonNode result(Response response, int index) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(index);
    }

    protected long balance(String village, String member) {
        Response response = get(memberPath(village, member) + "/balance");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("total").asLong();
    }
}
