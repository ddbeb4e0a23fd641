package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's other pages in the browser: an official of another village is refused, the
 * what-if shows a change, the points-list grid saves CSV, the review queue decides, the English
 * switch, and the pages at phone width.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePagesTest extends PolicyApiTest {

    private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @LocalServerPort
    private int port;

    private Browser browser;
    private String village;
    private String official;
    private final String member = unique("cp");

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        village = publishedVillage("pages");
        register(village, member);
        official = createKey("OFFICIAL", village);
        evidence(unique("pe"), "APPROVED");
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private JsonNode evidence(String id, String status) {
        var evidence = JSON.createObjectNode().put("id", id).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", YESTERDAY + "T08:30").put("status", status);
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(0);
    }

    @Test
    @Order(1)
    void anOfficialOfAnotherVillageIsRefused() {
        String other = publishedVillage("other");
        browser.signIn(createKey("OFFICIAL", other));
        browser.find("#villages li[data-village='" + other + "']");
        assertThat(browser.all("#villages li[data-village='" + village + "']")).isEmpty();

        browser.open("/console/editor?village=" + village);
        assertThat(browser.feedback().getText()).contains("没有权限");
        assertThat(browser.all("#file-list a")).isEmpty();
        browser.screenshot("10-refused");
        browser.find("#logout").click();
        assertThat(browser.find(".ok").getText()).contains("已退出");
        browser.open("/console/editor?village=" + other);
        assertThat(browser.driver.getCurrentUrl()).contains("/console/login");
    }

    @Test
    @Order(2)
    void theWhatIfShowsAChangeWithAProgressBar() {
        assertThat(putText(draftFile(village, "rules.drl"), RULES.replace("award.grant($e, 2,", "award.grant($e, 5,"))
                .status()).isEqualTo(200);
        browser.signIn(official);
        browser.open("/console/whatif?village=" + village);
        browser.js("document.querySelector('[name=from]').value=arguments[0];"
                + "document.querySelector('[name=to]').value=arguments[1];", YESTERDAY.minusDays(7).toString(),
                YESTERDAY.plusDays(2).toString());
        browser.find("#run-whatif").click();
        assertThat(browser.feedback().getText()).contains("测算完成");
        assertThat(browser.find("#progress").isDisplayed()).isTrue();
        assertThat(browser.find("#total-change b").getText()).isEqualTo("+3");
        WebElement row = browser.find("#whatif-members tbody tr");
        assertThat(row.getText()).contains(member, "2", "5", "+3");
        assertThat(browser.find("#whatif-households").getText()).contains("h-" + member, "+3");
        browser.screenshot("11-whatif");
    }

    @Test
    @Order(3)
    void aNewPointsListStartsWithTheChineseHeader() {
        browser.open("/console/editor?village=" + village);
        browser.idle();
        browser.find("#new-file [name=name]").sendKeys("points-list.csv");
        browser.find("#new-file button").click();
        browser.until(d -> browser.find("#file-name").getText().equals("积分清单"));
        browser.idle();
        assertThat(browser.find("#grid thead").getText()).contains("项目", "类型", "分值");
        browser.find("#add-row").click();
        browser.find("#grid tbody tr:last-child textarea").sendKeys("参加巡逻");
        browser.find("#grid tbody tr:last-child td[data-col=points] input").sendKeys("1");
        browser.js("const s = document.querySelector('#grid tbody tr:last-child td[data-col=type] select');"
                + "s.append(new Option('PATROL', 'PATROL')); s.value = 'PATROL'; s.dispatchEvent(new Event('change', {bubbles: true}));");
        browser.clearFeedback();
        browser.find("#save").click();
        assertThat(browser.feedback().getText()).contains("已保存", "积分清单");
        String csv = getText(draftFile(village, "points-list.csv")).raw();
        assertThat(csv).startsWith("项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟\n")
                .contains("\n参加巡逻,PATROL,1,,,,,,\n");
        browser.clearFeedback();
        browser.find("#validate").click();
        assertThat(browser.feedback().getText()).contains("检查通过");
        browser.screenshot("12-points-list-grid");
    }

    @Test
    @Order(4)
    void theReviewQueueApprovesWithANote() {
        String pending = unique("pr");
        evidence(pending, "PENDING");
        browser.open("/console/review?village=" + village);
        WebElement item = browser.find("#queue li[data-evidence='" + pending + "']");
        assertThat(item.getText()).as("the evidence and its provisional award").contains(member, "CLEANING", "打扫卫生", "+2");
        item.findElement(By.name("note")).sendKeys("照片清楚，同意");
        browser.clearFeedback();
        item.findElement(By.cssSelector("button[data-decision=APPROVED]")).click();
        assertThat(browser.feedback().getText()).contains(pending);
        assertThat(item.findElement(By.cssSelector(".outcome")).getText()).containsAnyOf("已通过", "等待第二位审核人");
        // the reviewer is the signed-in key's holder (its name, as none was given), not a name typed on the page
        assertThat(browser.find("#reviewer").getText()).isEqualTo("test OFFICIAL");
        assertThat(jdbc.queryForObject("SELECT reviewer FROM review_decisions WHERE village_id = ? AND evidence_id = ?",
                String.class, village, pending)).isEqualTo("test OFFICIAL");
        browser.screenshot("13-review");
    }

    @Test
    @Order(5)
    void englishOnRequestAndUsableAtPhoneWidth() {
        browser.open("/console/reports?village=" + village + "&lang=en");
        assertThat(browser.find(".top").getText()).contains("Sign out", "中文", "Reports");
        browser.find("#statement-form [name=id]").sendKeys(member);
        browser.find("#statement-show").click();
        // 2 for the approved evidence, and 2 more once the review queue's approval was credited
        long balance = get(memberPath(village, member) + "/balance").body().path("total").asLong();
        assertThat(balance).isIn(2L, 4L);
        assertThat(browser.feedback().getText()).contains("Balance " + balance);
        assertThat(browser.find("#statement-balance b").getText()).isEqualTo(String.valueOf(balance));
        browser.screenshot("14-reports-english");
        browser.open("/console/reports?village=" + village + "&lang=zh_CN");
        assertThat(browser.find(".top").getText()).contains("退出");
        browser.open("/console/notice?village=" + village);
        browser.idle();
        browser.screenshot("15-notice");

        browser.resize(390, 844);
        for (String page : new String[] {"editor", "whatif", "review", "reports"}) {
            browser.open("/console/" + page + "?village=" + village);
            browser.idle();
            Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).as(page + " fits a phone-width window").isLessThanOrEqualTo(1);
            browser.screenshot("16-phone-" + page);
        }
        browser.resize(1366, 768);
    }
}
