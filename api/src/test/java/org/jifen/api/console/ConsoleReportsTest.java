package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jifen.api.export.Workbooks;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports page against the real report endpoints: rankings (rank, id, name, points) by member and
 * by household, a household's statement, the month's summary, the public notice with its title, issuer,
 * dates and masked names, and every report downloaded as .xlsx and read back with POI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleReportsTest extends PolicyApiTest {

    /** Switches the notice page's period picker to dates (按日期). */
    private static final String DATES = "const span = document.getElementById('notice-span'); span.value = 'dates';"
            + " span.dispatchEvent(new Event('change'));";

    private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @LocalServerPort
    private int port;

    private Browser browser;
    private String village;
    private final String first = unique("rz");
    private final String second = unique("rl");

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        village = newVillage("reports");
        assertThat(putText(draftFile(village, "village.yaml"), villageYaml(village)
                + "settings:\n  notice.issuer: 测试村党群服务中心\n").status()).isIn(200, 201);
        assertThat(publish(village, "张三", "初版").status()).isEqualTo(201);
        member(first, "张三华");
        member(second, "李四");
        clean(first, "T08:30");
        clean(first, "T09:30");
        clean(second, "T08:30");
        browser = new Browser(port);
        browser.signIn(createKey("OFFICIAL", village));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void member(String id, String name) {
        Response response = put(memberPath(village, id), Map.of("name", name, "householdId", "h-" + id,
                "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private void clean(String member, String time) {
        var evidence = JSON.createObjectNode().put("id", unique("re")).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", YESTERDAY + time).put("status", "APPROVED");
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    @Test
    void rankingsSummaryAndNoticeShowTheVillagesPoints() {
        browser.open("/console/reports?village=" + village);
        browser.idle();
        browser.js("const f=document.getElementById('rankings-form'); f.from.value=arguments[0]; f.to.value=arguments[1];",
                YESTERDAY.minusDays(1).toString(), YESTERDAY.plusDays(1).toString());
        browser.clearFeedback();
        browser.find("#rankings-form button[type=submit]").click();
        assertThat(browser.feedback().getText()).contains("2");
        List<WebElement> rows = browser.all("#rankings tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("1", first, "张三", "4");
        assertThat(rows.get(1).getText()).contains("2", second, "李四");

        browser.js("const f=document.getElementById('summary-form'); f.kind.value='month';"
                + " f.kind.dispatchEvent(new Event('change')); f.period.value=arguments[0];",
                YESTERDAY.toString().substring(0, 7));
        browser.clearFeedback();
        browser.find("#summary-form button[type=submit]").click();
        browser.feedback();
        assertThat(browser.find("#summary [data-field=issued] b").getText()).isEqualTo("6");
        assertThat(browser.find("#summary [data-field=outstanding] b").getText()).isEqualTo("6");
        browser.screenshot("17-reports-rankings-summary");

        browser.open("/console/notice?village=" + village);
        browser.idle();
        browser.js(DATES + "document.getElementById('notice-from').value=arguments[0];"
                + "document.getElementById('notice-to').value=arguments[1];", YESTERDAY.minusDays(1).toString(),
                YESTERDAY.plusDays(1).toString());
        browser.find("#notice-show").click();
        String notice = browser.until(d -> {
            String text = browser.find("#notice").getText();
            return text.contains("李*") ? text : null;
        });
        assertThat(notice).contains("积分公示", "张*华", "李*").doesNotContain("张三", "李四");
        browser.screenshot("18-notice");
    }

    @Test
    void theNoticeOfAQuarterIsPickedByName() {
        browser.open("/console/notice?village=" + village);
        browser.idle();
        int quarter = (YESTERDAY.getMonthValue() - 1) / 3 + 1;
        browser.js("const span = document.getElementById('notice-span'); span.value = 'quarter';"
                + " span.dispatchEvent(new Event('change'));"
                + " document.getElementById('notice-period').value = arguments[0];", YESTERDAY.getYear() + "-Q" + quarter);
        browser.find("#notice-show").click();
        browser.until(d -> browser.find("#notice").getText().contains("李*") ? true : null);
        assertThat(browser.find("#notice .notice-title").getText())
                .isEqualTo("测试村 " + YESTERDAY.getYear() + "年第" + quarter + "季度 积分公示");
    }

    @Test
    void theNoticeNamesTheVillageIssuerDateAndTheScoredPeriodAndMasksResidents() {
        browser.open("/console/notice?village=" + village);
        browser.idle();
        browser.js(DATES + "document.getElementById('notice-from').value=arguments[0];"
                + "document.getElementById('notice-to').value=arguments[1];", YESTERDAY.toString(), YESTERDAY.toString());
        browser.find("#notice-show").click();
        browser.until(d -> browser.find("#notice").getText().contains("李*") ? true : null);
        String day = day(YESTERDAY);
        assertThat(browser.find("#notice .notice-title").getText()).isEqualTo("测试村 " + day + "至" + day + " 积分公示");
        assertThat(browser.find("#notice .notice-scored").getText()).isEqualTo("积分期间：" + day + "至" + day);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(browser.find("#notice .notice-public").getText())
                .isEqualTo("公示期：" + day(today) + "至" + day(today.plusDays(6)));
        assertThat(browser.find("#notice .notice-issuer").getText()).isEqualTo("测试村党群服务中心");
        assertThat(browser.find("#notice .notice-date").getText()).isEqualTo(day(today));
        List<WebElement> rows = browser.all("#notice tr:has(td)");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("1", "张*华", "张*华户", "4");
        assertThat(rows.get(1).getText()).contains("2", "李*", "李*户", "2");
        assertThat(browser.find("#notice").getText()).doesNotContain("公示期间", "张三", "李四", first, second, "h-");
        browser.screenshot("20-notice-title-issuer");
    }

    @Test
    void eachReportDownloadsAsAWorkbookThatReadsBack() {
        browser.open("/console/reports?village=" + village);
        browser.idle();
        String from = YESTERDAY.minusDays(1).toString();
        String to = YESTERDAY.plusDays(1).toString();
        browser.js("const s=document.getElementById('statement-form'); s.kind.value='member'; s.id.value=arguments[0];"
                + " s.from.value=arguments[1]; s.to.value=arguments[2];"
                + " const r=document.getElementById('rankings-form'); r.from.value=arguments[1]; r.to.value=arguments[2];"
                + " document.querySelector('#summary-form [name=period]').value=arguments[3];",
                first, from, to, YESTERDAY.toString().substring(0, 7));
        Workbooks.Read statement = download("#statement-xlsx", "积分明细-" + first);
        assertThat(statement.text()).contains("测试村 积分明细：成员 " + first + "（张三华）", "期初积分：0",
                "时间|成员编号|姓名|项目|类别|积分|余额|政策版本", "|" + first + "|张三华|打扫卫生|弘德|2|2|1", "期末积分||||||4");
        Workbooks.Read rankings = download("#rankings-xlsx", "积分排行");
        assertThat(rankings.text()).contains("测试村 积分排行（按成员）", "名次|成员编号|姓名|积分",
                "1|" + first + "|张三华|4", "2|" + second + "|李四|2");
        Workbooks.Read summary = download("#summary-xlsx", "积分月度汇总");
        assertThat(summary.text()).contains("项目|积分", "发放|6", "月末未使用积分|6");

        browser.open("/console/notice?village=" + village);
        browser.idle();
        browser.js(DATES + "document.getElementById('notice-from').value=arguments[0];"
                + "document.getElementById('notice-to').value=arguments[1];", from, to);
        Workbooks.Read notice = download("#notice-xlsx", "积分公示");
        assertThat(notice.sheet()).isEqualTo("积分公示");
        assertThat(notice.text()).contains("积分公示", "积分期间：", "公示期：", "排名|姓名|户|本期积分|期末积分",
                "1|张*华|张*华户|4|4", "2|李*|李*户|2|2", "测试村党群服务中心")
                .doesNotContain("张三", "李四", first, second, "h-");
    }

    /** Clicks a 下载表格 button, waits for the file and reads it back with POI; its Chinese name is checked. */
    private Workbooks.Read download(String button, String named) {
        browser.clearFeedback();
        browser.find(button).click();
        assertThat(browser.feedback().getText()).contains("已下载", named, ".xlsx");
        return Workbooks.read(browser.downloaded(".xlsx"));
    }

    private static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Test
    void theSummaryAndTheRankingsOfAQuarter() {
        browser.open("/console/reports?village=" + village);
        browser.idle();
        int q = (YESTERDAY.getMonthValue() - 1) / 3 + 1;
        String quarter = YESTERDAY.getYear() + "-Q" + q;
        String label = YESTERDAY.getYear() + "年第" + q + "季度";
        browser.js("const f=document.getElementById('summary-form'); f.kind.value='quarter';"
                + " f.kind.dispatchEvent(new Event('change'));");
        assertThat(options("#summary-form [name=period]")).contains(label);
        browser.js("document.querySelector('#summary-form [name=period]').value=arguments[0];", quarter);
        browser.clearFeedback();
        browser.find("#summary-form button[type=submit]").click();
        assertThat(browser.feedback().getText()).contains(label);
        assertThat(browser.find("#summary [data-field=issued] b").getText()).isEqualTo("6");
        browser.js("const f=document.getElementById('summary-form'); f.kind.value='half';"
                + " f.kind.dispatchEvent(new Event('change'));");
        assertThat(options("#summary-form [name=period]"))
                .contains(YESTERDAY.getYear() + (YESTERDAY.getMonthValue() <= 6 ? "年上半年" : "年下半年"));

        browser.js("const f=document.getElementById('rankings-form'); f.by.value='member'; f.span.value='quarter';"
                + " f.span.dispatchEvent(new Event('change')); f.period.value=arguments[0];", quarter);
        assertThat(browser.js("return document.querySelector('#rankings-form [name=from]').hidden;")).isEqualTo(true);
        browser.clearFeedback();
        browser.find("#rankings-form button[type=submit]").click();
        browser.feedback();
        List<WebElement> rows = browser.all("#rankings tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("1", first, "张三", "4");
        browser.screenshot("21-reports-quarter");
    }

    /** The labels of a select's options. */
    @SuppressWarnings("unchecked")
    private List<String> options(String select) {
        return (List<String>) browser.js("return [...document.querySelector(arguments[0]).options].map(o => o.textContent);",
                select);
    }

    @Test
    void aHouseholdsStatementAndTheHouseholdRankings() {
        browser.open("/console/reports?village=" + village);
        browser.idle();
        browser.js("const f=document.getElementById('statement-form'); f.kind.value='household'; f.id.value=arguments[0];",
                "h-" + first);
        browser.clearFeedback();
        browser.find("#statement-show").click();
        browser.feedback();
        assertThat(browser.find("#statement-balance b").getText()).isEqualTo("4");
        assertThat(browser.all("#statement tbody tr")).hasSize(2);

        browser.js("const f=document.getElementById('rankings-form'); f.by.value='household'; f.from.value=arguments[0];"
                + " f.to.value=arguments[1];", YESTERDAY.minusDays(1).toString(), YESTERDAY.plusDays(1).toString());
        browser.clearFeedback();
        browser.find("#rankings-form button[type=submit]").click();
        browser.feedback();
        List<WebElement> rows = browser.all("#rankings tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("1", "h-" + first, "张三", "4");
        assertThat(rows.get(1).getText()).contains("2", "h-" + second, "李四", "2");
        browser.screenshot("19-reports-household");
    }
}
