package org.jifen.api.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jifen.api.redemption.LedgerApiTest;
import org.junit.jupiter.api.Test;

/**
 * A December played through the API in a copy of the sample village 檀阴社区 (its rules, settings and
 * cases, plus 年度清零 on 12-31): evidence → staff review pending evidence → a mistaken award is
 * reversed → redemptions at the points supermarket and at a merchant of a neighbouring village of
 * the region → the year-end reset → the public notice. Every balance
 * is checked against a table computed by hand (docs/ledger.md shows it).
 */
class MonthWalkthroughTest extends LedgerApiTest {

    private static final String REGION = "邛崃市 羊安街道";

    @Test
    void aDecemberInTanyinAgreesWithTheHandComputedTable() throws IOException {
        String village = tanyinCopy();
        member(village, "zhang", "h-1", "张三");
        member(village, "li", "h-1", "李四");
        member(village, "wang", "h-2", "王五");

        // 1. evidence: 城乡清洁 +2 (once a day), 志愿 150 分钟 +4, 夜间巡逻 90 分钟 +3, 乱扔垃圾 −3
        String zhangPatrol = unique("p");
        evaluate(village, cleaning("zhang", "2025-12-01T08:00"), cleaning("zhang", "2025-12-02T08:00"),
                volunteer("zhang", "2025-12-03T09:00"), patrol(zhangPatrol, "zhang", "2025-12-05T19:00", 90),
                volunteer("li", "2025-12-04T09:00"), cleaning("li", "2025-12-04T08:00"),
                cleaning("wang", "2025-12-01T08:00"), littering("wang", "2025-12-06T10:00"),
                volunteer("wang", "2025-12-07T09:00"));
        String liPatrol = unique("p");
        evaluate(village, patrol(liPatrol, "li", "2025-12-08T19:00", 90).put("status", "PENDING"));
        assertBalances(village, 11, 6, 3);
        assertThat(get(memberPath(village, "li") + "/balance").body().path("pending").asLong()).isEqualTo(3);

        // 2. staff review 李四's patrol: approved, +3 credited
        String staffZhou = createKey(Map.of("name", "街道 审核员 周", "holder", "staff-zhou", "role", "REVIEWER",
                "villages", List.of(village)));
        Response reviewed = as(staffZhou).post(v(village) + "/evidence/" + liPatrol + "/review",
                Map.of("decision", "APPROVED", "note", "照片清楚"));
        assertThat(reviewed.status()).as(reviewed.raw()).isEqualTo(200);
        assertBalances(village, 11, 9, 3);

        // 3. a mistaken award: 张三's patrol photo was not his, so its award is reversed
        Response reversed = post(v(village) + "/evidence/" + zhangPatrol + "/reversal",
                Map.of("requestKey", unique("rev"), "reason", "照片不是本人"));
        assertThat(reversed.status()).as(reversed.raw()).isEqualTo(201);
        assertBalances(village, 8, 9, 3);

        // 4. redemptions: 张三 at the supermarket, 李四 at 桑园村's 王记餐馆 (same region, a MERCHANT key), 王五 too poor
        put(v(village) + "/catalogue/detergent", Map.of("name", "洗衣粉", "price", 5, "stock", 20));
        String merchant = unique("wangji");
        put("/api/v1/merchants/" + merchant, Map.of("name", "桑园村 王记餐馆", "region", REGION));
        assertThat(result(redeem(village, item("dec-zhang", "zhang", "detergent", 1, "2025-12-10T10:00:00")), 0)
                .path("status").asText()).isEqualTo("REDEEMED");
        Response atMerchant = as(createMerchantKey(REGION)).post(v(village) + "/redemptions", Map.of("redemptions",
                List.of(atMerchant("dec-li", "li", merchant, 4, "2025-12-12T12:00:00"))));
        assertThat(result(atMerchant, 0).path("status").asText()).isEqualTo("REDEEMED");
        Response poor = redeem(village, item("dec-wang", "wang", "detergent", 1, "2025-12-13T10:00:00"));
        assertThat(poor.status()).isEqualTo(409);
        assertThat(poor.body().path("balance").asLong()).isEqualTo(3);
        assertThat(poor.body().path("price").asInt()).isEqualTo(5);
        assertBalances(village, 3, 5, 3);

        // 5. the year-end reset (年度清零), then 王五 cleans in January
        Response reset = post(v(village) + "/expiry/run", Map.of("date", "2025-12-31"));
        assertThat(reset.status()).as(reset.raw()).isEqualTo(200);
        assertThat(reset.body().path("points").asLong()).isEqualTo(11);
        assertBalances(village, 0, 0, 0);
        evaluate(village, cleaning("wang", "2026-01-03T08:00"));
        assertBalances(village, 0, 0, 2);
        assertThat(get(v(village) + "/households/h-1/balance").body().path("total").asLong()).isZero();
        assertThat(get(v(village) + "/households/h-2/balance").body().path("total").asLong()).isEqualTo(2);

        // 6. the month's summary and the public notice
        JsonNode december = get(v(village) + "/reports/summary?month=2025-12").body();
        assertThat(List.of(december.path("issued").asLong(), december.path("deducted").asLong(),
                december.path("redeemed").asLong(), december.path("expired").asLong(),
                december.path("reversed").asLong(), december.path("outstanding").asLong()))
                .containsExactly(26L, 3L, 9L, 11L, 3L, 0L);
        assertThat(get(v(village) + "/reports/summary?month=2026-01").body().path("outstanding").asLong()).isEqualTo(2);
        Response notice = get(v(village) + "/reports/notice?from=2025-12-01&to=2025-12-31&format=csv");
        assertThat(notice.raw()).isEqualTo("\uFEFF排名,姓名,户,本期积分,期末积分\r\n1,李*,李*户,9,0\r\n2,张*,李*户,8,0\r\n"
                + "3,王*,王*户,3,0\r\n");
        assertThat(get(v(village) + "/reports/notice?from=2025-12-01&to=2025-12-31").raw())
                .contains("测试村 2025年12月 积分公示", "<td data-label=\"姓名\">张*</td>");
    }

    private void assertBalances(String village, long zhang, long li, long wang) {
        assertThat(List.of(balance(village, "zhang"), balance(village, "li"), balance(village, "wang")))
                .containsExactly(zhang, li, wang);
        assertThat(List.of(ledgerSum(village, "zhang"), ledgerSum(village, "li"), ledgerSum(village, "wang")))
                .containsExactly(zhang, li, wang);
    }

    /** A new village with 檀阴社区's rules, settings and sample cases, plus the year-end reset. */
    private String tanyinCopy() throws IOException {
        String village = unique("wt");
        Response created = put(villagePath(village), Map.of("name", "测试村", "region", REGION));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String yaml = Files.readString(Path.of("../rules/tanyin/village.yaml"), StandardCharsets.UTF_8)
                .replace("id: tanyin", "id: " + village).replace("name: 檀阴社区", "name: 测试村");
        yaml = yaml.stripTrailing() + "\n  expiry.mode: ANNUAL\n  expiry.date: \"12-31\"\n  notice.mask: FIRST\n";
        assertThat(putText(draftFile(village, "village.yaml"), yaml).status()).isIn(200, 201);
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("../rules/tanyin")), Files.list(Path.of("../samples/tanyin")))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("village.yaml")).toList()) {
                Response put = putText(draftFile(village, file.getFileName().toString()),
                        Files.readString(file, StandardCharsets.UTF_8));
                assertThat(put.status()).as(put.raw()).isIn(200, 201);
            }
        }
        Response published = publish(village, "测试", "檀阴社区副本");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        return village;
    }

    private void evaluate(String village, ObjectNode... evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static ObjectNode cleaning(String member, String at) {
        return JSON.createObjectNode().put("id", unique("c")).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", at).put("status", "APPROVED").put("minutes", 60);
    }

    private static ObjectNode volunteer(String member, String at) {
        return JSON.createObjectNode().put("id", unique("v")).put("type", "VOLUNTEER").put("memberId", member)
                .put("occurredAt", at).put("status", "APPROVED").put("minutes", 150);
    }

    private static ObjectNode littering(String member, String at) {
        return JSON.createObjectNode().put("id", unique("l")).put("type", "LITTERING").put("memberId", member)
                .put("occurredAt", at).put("status", "APPROVED");
    }
}
