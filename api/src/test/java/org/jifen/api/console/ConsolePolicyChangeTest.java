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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole policy change in the browser, in Chinese, as a village official: sign in, break a rule
 * and see it marked on its line, fix it, run the cases, publish, see the new version's points in a
 * member's statement, restore the previous version. The steps run in order on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePolicyChangeTest extends PolicyApiTest {

    @LocalServerPort
    private int port;

    private Browser browser;
    private String village;
    private String official;
    private final String member = unique("cm");

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        village = publishedVillage("console");
        register(village, member);
        official = createKey("OFFICIAL", village);
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private String rulesWith(String condition, int points) {
        return RULES.replace("type == \"CLEANING\"", condition).replace("award.grant($e, 2,", "award.grant($e, " + points + ",");
    }

    @Test
    @Order(1)
    void signInAsAnOfficial() {
        browser.open("/console/");
        browser.until(ExpectedConditions.urlContains("/console/login"));
        browser.screenshot("01-login");
        browser.signIn(official);
        WebElement tile = browser.find("#villages li[data-village='" + village + "']");
        assertThat(tile.getText()).contains("测试村", "编辑规则");
        assertThat(browser.all("#villages li")).hasSize(1);
        assertThat(browser.find(".top").getText()).contains("退出", "English");
        browser.screenshot("02-villages");
        tile.findElement(By.cssSelector("a[data-page=editor]")).click();
        browser.find("#file-list a[data-file='rules.drl']");
    }

    @Test
    @Order(2)
    void breakARuleAndSeeTheMarkerOnItsLine() {
        browser.until(d -> browser.find("#file-name").getText().equals("规则文件：rules"));
        browser.idle();
        browser.setCode(rulesWith("nosuch == \"CLEANING\"", 3));
        assertThat(browser.find("#dirty").getText()).contains("未保存");
        browser.clearFeedback();
        browser.find("#validate").click();
        assertThat(browser.feedback().getText()).contains("问题");
        WebElement note = browser.find(".problem-note");
        assertThat(note.getAttribute("data-problem-line")).isEqualTo("6");
        assertThat(note.getText()).contains("第 6 行", "nosuch");
        assertThat(browser.find(".problem-marker").getAttribute("data-line")).isEqualTo("6");
        assertThat(browser.find("#problems").getText()).contains("规则文件：rules", "nosuch");
        browser.screenshot("03-editor-problem");
        assertThat(getText(draftFile(village, "rules.drl")).raw()).contains("nosuch").as("validate saved the file first");
    }

    @Test
    @Order(3)
    void fixIt() {
        browser.setCode(rulesWith("type == \"CLEANING\"", 3));
        browser.clearFeedback();
        browser.find("#validate").click();
        assertThat(browser.feedback().getText()).contains("检查通过");
        assertThat(browser.all(".problem-note")).isEmpty();
        assertThat(browser.all(".problem-marker")).isEmpty();
    }

    @Test
    @Order(4)
    void runTheCasesSeeExpectedAgainstActualThenMakeThemPass() {
        browser.clearFeedback();
        browser.find("#run-cases").click();
        assertThat(browser.feedback().getText()).contains("未通过");
        WebElement failed = browser.find("#cases tbody tr:first-child");
        assertThat(failed.getAttribute("class")).as("failing cases come first").contains("fail");
        assertThat(failed.getText()).contains("打扫卫生 得2分", "未通过", "规则「打扫卫生」", "应得 2 分", "实得 3 分")
                .doesNotContain("expected", "points:");
        browser.screenshot("04-cases-fail");

        browser.clearFeedback();
        failed.findElement(By.cssSelector("button.update-case")).click();
        var confirm = browser.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains("打扫卫生 得2分", "应得 2 分", "实得 3 分");
        confirm.accept();
        browser.until(d -> browser.find("#feedback").getText().contains("已按实际结果更新样例"));
        browser.until(d -> browser.find("#cases-summary").getText().contains("全部 1 个样例通过"));
        assertThat(browser.find("#cases tr.pass").getText()).contains("打扫卫生 得2分", "通过");
        assertThat(getText(draftFile(village, "cases.yaml")).raw())
                .contains("      - { evidence: e1, rule: \"打扫卫生\", points: 3, category: 弘德 }");
        browser.screenshot("04b-cases-updated");
    }

    @Test
    @Order(5)
    void publishWithAComment() {
        browser.find("#publish-form [name=comment]").sendKeys("打扫卫生改为3分");
        browser.clearFeedback();
        browser.find("#publish").click();
        assertThat(browser.feedback().getText()).contains("已发布为第 2 版");
        WebElement active = browser.find("#versions tr[data-version='2']");
        assertThat(active.getText()).contains("现行", "打扫卫生改为3分");
        JsonNode policy = get(policy(village)).body();
        assertThat(policy.path("version").asInt()).isEqualTo(2);

        browser.find("#diff-form button").click();
        WebElement diff = browser.find("#diff h4[data-diff-file='rules.drl']");
        assertThat(diff.isDisplayed()).isTrue();
        assertThat(browser.find("#diff").getText()).contains("award.grant($e, 2,", "award.grant($e, 3,");
        assertThat(browser.all("#diff tr.change td.old")).isNotEmpty();
        browser.screenshot("05-editor-history-diff");
    }

    @Test
    @Order(6)
    void evidencePostedThroughTheApiShowsTheNewVersionsPointsInTheStatement() {
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + "T08:30";
        JsonNode result = cleanOn(unique("ce"), day);
        assertThat(result.path("awards").get(0).path("points").asInt()).isEqualTo(3);

        browser.open("/console/reports?village=" + village);
        browser.find("#statement-form [name=id]").sendKeys(member);
        browser.clearFeedback();
        browser.find("#statement-show").click();
        browser.feedback();
        assertThat(browser.find("#statement-balance b").getText()).isEqualTo("3");
        WebElement entry = browser.find("#statement tbody tr");
        assertThat(entry.getAttribute("data-version")).isEqualTo("2");
        assertThat(entry.getText()).contains("打扫卫生", "弘德", "3");
        browser.screenshot("06-reports-statement");
    }

    @Test
    @Order(7)
    void restoreThePreviousVersion() {
        browser.open("/console/editor?village=" + village);
        browser.idle();
        browser.find("#versions tr[data-version='1'] button.restore").click();
        browser.until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(browser.feedback().getText()).contains("已恢复", "第 1 版");
        assertThat(browser.find("#versions tr[data-version='3']").getText()).contains("现行");
        JsonNode policy = get(policy(village)).body();
        assertThat(policy.path("version").asInt()).isEqualTo(3);
        assertThat(policy.path("restoredFrom").asInt(0)).isIn(0, 1);
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + "T09:30";
        assertThat(cleanOn(unique("ce"), day).path("awards").get(0).path("points").asInt()).isEqualTo(2);
        browser.screenshot("07-editor-restored");
    }

    private JsonNode cleanOn(String evidenceId, String occurredAt) {
        var evidence = JSON.createObjectNode().put("id", evidenceId).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", occurredAt).put("status", "APPROVED");
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(0);
    }

}
