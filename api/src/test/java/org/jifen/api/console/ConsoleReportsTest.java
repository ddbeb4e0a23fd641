package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
 * by household, a household's statement, the month's summary, and the public notice with masked names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleReportsTest extends PolicyApiTest {

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
        village = publishedVillage("reports");
        member(first, "张三");
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

        browser.js("document.querySelector('#summary-form [name=month]').value=arguments[0];",
                YESTERDAY.toString().substring(0, 7));
        browser.clearFeedback();
        browser.find("#summary-form button[type=submit]").click();
        browser.feedback();
        assertThat(browser.find("#summary [data-field=issued] b").getText()).isEqualTo("6");
        assertThat(browser.find("#summary [data-field=outstanding] b").getText()).isEqualTo("6");
        browser.screenshot("17-reports-rankings-summary");

        browser.open("/console/notice?village=" + village);
        browser.idle();
        browser.js("document.getElementById('notice-from').value=arguments[0];"
                + "document.getElementById('notice-to').value=arguments[1];", YESTERDAY.minusDays(1).toString(),
                YESTERDAY.plusDays(1).toString());
        browser.find("#notice-show").click();
        String notice = browser.until(d -> {
            String text = browser.find("#notice").getText();
            return text.contains("李*") ? text : null;
        });
        assertThat(notice).contains("积分公示", "张*", "李*").doesNotContain("张三", "李四");
        browser.screenshot("18-notice");
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
