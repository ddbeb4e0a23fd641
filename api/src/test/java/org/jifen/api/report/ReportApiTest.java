package org.jifen.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jifen.api.export.Download;
import org.jifen.api.export.Workbooks;
import org.jifen.api.redemption.LedgerApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Rankings, the monthly summary, households, statements and the public notice of one scripted November. */
class ReportApiTest extends LedgerApiTest {

    private String village;

    @LocalServerPort
    private int port;

    /** 张三 and 李四 share household h-A; 王五 h-B; 赵六 h-C. */
    @BeforeEach
    void november() {
        village = pointsVillage("rp", "邛崃市 报表镇", "notice.mask: FIRST");
        member(village, "zhang", "h-A", "张三");
        member(village, "li", "h-A", "李四");
        member(village, "wang", "h-B", "王五");
        member(village, "zhao", "h-C", "赵六");
        evidence(village, "zhang", "GRANT", 10, "2025-11-02T09:00");
        evidence(village, "zhang", "HELP", 4, "2025-11-16T09:00");
        evidence(village, "li", "GRANT", 6, "2025-11-03T09:00");
        evidence(village, "wang", "HELP", 8, "2025-11-04T09:00");
        evidence(village, "wang", "FINE", 3, "2025-11-05T09:00");
        evidence(village, "zhao", "GRANT", 6, "2025-11-06T09:00");
        evidence(village, "zhao", "GRANT", 1, "2025-12-06T09:00"); // December: outside the period
        put(v(village) + "/catalogue/soap", Map.of("name", "香皂", "price", 5, "stock", 9));
        assertThat(result(redeem(village, item("nov-1", "zhang", "soap", 1, "2025-11-20T10:00:00")), 0)
                .path("status").asText()).isEqualTo("REDEEMED");
    }

    @Test
    void rankingsPerMemberHouseholdAndCategoryShareRanksOnTies() {
        JsonNode members = report("/reports/rankings?from=2025-11-01&to=2025-11-30");
        assertThat(members.path("rows")).extracting(r -> r.path("rank").asInt() + " " + r.path("name").asText() + " "
                + r.path("points").asLong()).containsExactly("1 张三 14", "2 李四 6", "2 赵六 6", "4 王五 5");
        JsonNode help = report("/reports/rankings?from=2025-11-01&to=2025-11-30&category=" + seg("志愿服务"));
        assertThat(help.path("rows")).extracting(r -> r.path("id").asText() + " " + r.path("points").asLong())
                .containsExactly("wang 8", "zhang 4");
        JsonNode households = report("/reports/rankings?from=2025-11-01&to=2025-11-30&by=household&limit=2");
        assertThat(households.path("rows")).extracting(r -> r.path("id").asText() + " " + r.path("name").asText()
                + " " + r.path("points").asLong()).containsExactly("h-A 李四、张三 20", "h-C 赵六 6");
        assertThat(get(v(village) + "/reports/rankings?from=2025-11-30&to=2025-11-01").status()).isEqualTo(400);
        assertThat(get(v(village) + "/reports/rankings?from=2025-11-01&to=2025-11-30&by=street").status())
                .isEqualTo(400);
    }

    @Test
    void theMonthlySummaryAddsUp() {
        JsonNode summary = report("/reports/summary?month=2025-11");
        assertThat(summary.path("issued").asLong()).isEqualTo(10 + 4 + 6 + 8 + 6);
        assertThat(summary.path("deducted").asLong()).isEqualTo(3);
        assertThat(summary.path("redeemed").asLong()).isEqualTo(5);
        assertThat(summary.path("expired").asLong()).isZero();
        assertThat(summary.path("openingOutstanding").asLong()).isZero();
        assertThat(summary.path("outstanding").asLong()).isEqualTo(34 - 3 - 5);
        JsonNode december = report("/reports/summary?month=2025-12");
        assertThat(december.path("openingOutstanding").asLong()).isEqualTo(26);
        assertThat(december.path("outstanding").asLong()).isEqualTo(27);
        assertThat(get(v(village) + "/reports/summary?month=2025-13").status()).isEqualTo(400);
    }

    @Test
    void summaryAndRankingsTakeANamedPeriodMonthQuarterHalfYearOrYear() throws Exception {
        JsonNode quarter = report("/reports/summary?period=2025-Q4");
        assertThat(quarter.path("period").asText()).isEqualTo("2025-Q4");
        assertThat(quarter.path("kind").asText()).isEqualTo("QUARTER");
        assertThat(quarter.path("label").asText()).isEqualTo("2025年第4季度");
        assertThat(quarter.hasNonNull("month")).isFalse();
        assertThat(quarter.path("issued").asLong()).isEqualTo(34 + 1);
        assertThat(quarter.path("outstanding").asLong()).isEqualTo(27);
        for (String same : new String[] {"2025-H2", "2025"}) {
            assertThat(report("/reports/summary?period=" + same).path("issued").asLong()).as(same).isEqualTo(35);
        }
        assertThat(report("/reports/summary?period=2025-H2").path("label").asText()).isEqualTo("2025年下半年");
        assertThat(report("/reports/summary?period=2025-Q3").path("issued").asLong()).isZero();
        JsonNode november = report("/reports/summary?period=2025-11");
        assertThat(november.path("month").asText()).isEqualTo("2025-11");
        assertThat(november.path("issued").asLong()).isEqualTo(34);
        for (String bad : new String[] {"/reports/summary?period=2025-Q5", "/reports/summary?period=2025-11-02",
                "/reports/summary?month=2025-11&period=2025-Q4", "/reports/summary",
                "/reports/rankings?period=2025-Q4&from=2025-10-01&to=2025-12-31", "/reports/rankings",
                "/reports/notice?period=2025-Q4&from=2025-10-01&to=2025-12-31&format=csv", "/reports/rankings?period=Q4"}) {
            Response refused = get(v(village) + bad);
            assertThat(refused.status()).as(bad + " " + refused.raw()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.body().path("errors").get(0).path("field").asText()).as(bad).isEqualTo("period");
        }
        Response half = get(v(village) + "/reports/rankings?from=2025-10-01");
        assertThat(half.body().path("errors").get(0).path("field").asText()).as(half.raw()).isEqualTo("to");

        JsonNode ranking = report("/reports/rankings?period=2025-Q4");
        assertThat(ranking.path("period").asText()).isEqualTo("2025-Q4");
        assertThat(ranking.path("from").asText()).isEqualTo("2025-10-01");
        assertThat(ranking.path("to").asText()).isEqualTo("2025-12-31");
        assertThat(ranking.path("rows")).extracting(r -> r.path("rank").asInt() + " " + r.path("name").asText() + " "
                + r.path("points").asLong()).containsExactly("1 张三 14", "2 赵六 7", "3 李四 6", "4 王五 5");
        assertThat(report("/reports/rankings?period=2025-11").path("rows")).hasSize(4);

        Workbooks.Read summary = xlsx("/reports/summary?period=2025-Q4&format=xlsx", "积分汇总-2025-Q4");
        assertThat(summary.text()).startsWith("测试村 2025年第4季度 积分汇总").contains("发放|35", "期末未使用积分|27");
        Workbooks.Read ranks = xlsx("/reports/rankings?period=2025-Q4&format=xlsx", "积分排行");
        assertThat(ranks.text()).contains("积分期间：2025年10月1日至2025年12月31日", "2|zhao|赵六|7");
        Response notice = get(v(village) + "/reports/notice?period=2025-Q4");
        assertThat(notice.status()).as(notice.raw()).isEqualTo(200);
        assertThat(notice.raw()).contains("测试村 2025年第4季度 积分公示", "积分期间：2025年10月1日至2025年12月31日");
    }

    @Test
    void householdBalancesAndStatements() {
        JsonNode household = report("/households/h-A/balance");
        assertThat(household.path("total").asLong()).isEqualTo(15);
        assertThat(household.path("members")).extracting(m -> m.path("name").asText() + " " + m.path("points").asLong())
                .containsExactly("李四 6", "张三 9");

        JsonNode statement = report("/members/zhang/statement?from=2025-11-15&to=2025-11-30");
        assertThat(statement.path("openingBalance").asLong()).isEqualTo(10);
        assertThat(statement.path("entries")).extracting(e -> e.path("kind").asText() + " " + e.path("points").asInt()
                + " " + e.path("balance").asLong()).containsExactly("AWARD 4 14", "REDEMPTION -5 9");
        assertThat(statement.path("entries").get(1).path("rule").asText()).isEqualTo("兑换 香皂");
        assertThat(statement.path("closingBalance").asLong()).isEqualTo(9);

        JsonNode whole = report("/households/h-A/statement?from=2025-11-01&to=2025-11-30");
        assertThat(whole.path("openingBalance").asLong()).isZero();
        assertThat(whole.path("entries")).hasSize(4);
        assertThat(whole.path("credited").asLong()).isEqualTo(20);
        assertThat(whole.path("debited").asLong()).isEqualTo(5);
        assertThat(whole.path("closingBalance").asLong()).isEqualTo(15);
        assertThat(get(v(village) + "/members/nobody/statement?from=2025-11-01&to=2025-11-30").status()).isEqualTo(404);
    }

    @Test
    void theNoticePrintsMaskedNamesAsCsvAndHtml() {
        Response csv = get(v(village) + "/reports/notice?from=2025-11-01&to=2025-11-30&format=csv");
        assertThat(csv.status()).as(csv.raw()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw()).isEqualTo("\uFEFF排名,姓名,户,本期积分,期末积分\r\n1,张*,李*户,14,9\r\n2,李*,李*户,6,6\r\n"
                + "2,赵*,赵*户,6,6\r\n4,王*,王*户,5,5\r\n");
        Response html = get(v(village) + "/reports/notice?from=2025-11-01&to=2025-11-30");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.raw()).contains("测试村 2025年11月 积分公示", "积分期间：2025年11月1日至2025年11月30日",
                "公示期：", "测试村民委员会", "<td data-label=\"姓名\">张*</td>").doesNotContain("张三", "李四", "h-A");
    }

    @Test
    void everyReportDownloadsAsAWorkbookWithAChineseFileName() throws Exception {
        Workbooks.Read notice = xlsx("/reports/notice?from=2025-11-01&to=2025-11-30&format=xlsx", "积分公示");
        assertThat(notice.sheet()).isEqualTo("积分公示");
        assertThat(notice.text()).startsWith("测试村 2025年11月 积分公示\n积分期间：2025年11月1日至2025年11月30日\n公示期：")
                .contains("排名|姓名|户|本期积分|期末积分\n1|张*|李*户|14|9\n2|李*|李*户|6|6\n2|赵*|赵*户|6|6\n4|王*|王*户|5|5\n",
                        "测试村民委员会").doesNotContain("张三", "h-A", "zhang");
        Workbooks.Read ranking = xlsx("/reports/rankings?from=2025-11-01&to=2025-11-30&by=household&format=xlsx",
                "积分排行");
        assertThat(ranking.text()).startsWith("测试村 积分排行（按家庭）\n积分期间：2025年11月1日至2025年11月30日\n\n")
                .contains("名次|家庭编号|家庭成员|积分\n1|h-A|李四、张三|20\n");
        Workbooks.Read summary = xlsx("/reports/summary?month=2025-11&format=xlsx", "积分月度汇总");
        assertThat(summary.text()).contains("项目|积分\n发放|34\n扣减|3\n兑换|5\n", "月末未使用积分|26");
        Workbooks.Read household = xlsx("/households/h-A/statement?from=2025-11-01&to=2025-11-30&format=xlsx", "积分明细");
        assertThat(household.text()).contains("家庭 h-A（李四、张三）", "期初积分：0", "时间|成员编号|姓名|项目|类别|积分|余额|政策版本",
                "2025-11-02 09:00|zhang|张三|", "期末积分||||||15");
        Workbooks.Read member = xlsx("/members/li/statement?from=2025-11-01&to=2025-11-30&format=xlsx", "积分明细");
        assertThat(member.text()).contains("成员 li（李四）", "2025-11-03 09:00|li|李四|");
        assertThat(report("/members/li/statement?from=2025-11-01&to=2025-11-30").path("name").asText()).isEqualTo("李四");
    }

    /** The workbook at {@code path}, checked to be an .xlsx attachment whose UTF-8 file name contains {@code named}. */
    private Workbooks.Read xlsx(String path, String named) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + v(village) + path)).header(API_KEY, ADMIN_KEY).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(Download.XLSX.toString());
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment; filename=\"").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .contains(named).endsWith(".xlsx");
        return Workbooks.read(response.body());
    }

    private JsonNode report(String path) {
        Response response = get(v(village) + path);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }
}
