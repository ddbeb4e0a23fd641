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
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rules without DRL (issue 16), in Chinese, in order on one browser: a streak rule made with the 规则
 * form (连续7天垃圾分类 加5分), checked and published; evidence of seven days through the API earns it;
 * the rule reopens in its form and its points change; a hand-written rule says the form cannot edit
 * it; a refused field is named; the forms fit a phone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleRuleFormTest extends PolicyApiTest {

    private static final String RULE = "连续7天垃圾分类";

    @LocalServerPort
    private int port;

    private Browser browser;
    private String village;
    private final String member = unique("rf");

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        village = publishedVillage("rform");
        register(village, member);
        assertThat(putText(draftFile(village, "village.yaml"), villageYaml(village)
                + "types:\n  GARBAGE_SORTING: 垃圾分类\n  CLEANING: 打扫卫生\n").status()).isEqualTo(200);
        String official = createKey("OFFICIAL", village);
        browser = new Browser(port);
        browser.signIn(official);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebElement form() {
        return browser.find("#rule-form");
    }

    private void openRulesTab() {
        browser.open("/console/editor?village=" + village);
        browser.idle();
        browser.find(".tabs [data-tab=rules]").click();
        browser.until(d -> !browser.all("#rule-list tbody tr").isEmpty());
        browser.idle();
    }

    private void field(String name, String value) {
        WebElement input = form().findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    @Test
    @Order(1)
    void aStreakRuleFromTheFormIsListedCheckedAndPublished() {
        openRulesTab();
        assertThat(browser.find(".tabs [data-tab=rules]").getAttribute("class")).contains("on");
        browser.find("[data-new-kind=streak]").click();
        assertThat(browser.find("#rule-form-title").getText()).isEqualTo("新建规则：连续天数");
        field("name", RULE);
        new Select(form().findElement(By.name("type"))).selectByVisibleText("垃圾分类");
        field("days", "7");
        field("points", "5");
        new Select(form().findElement(By.name("category"))).selectByVisibleText("弘德");
        assertThat(new Select(form().findElement(By.name("maxTimesPeriod"))).getFirstSelectedOption().getText())
                .isEqualTo("每周");
        browser.clearFeedback();
        browser.find("#rule-form-save").click();
        assertThat(browser.feedback().getText()).contains("已保存规则“" + RULE + "”");
        WebElement row = browser.find("#rule-list tr[data-rule='" + RULE + "']");
        assertThat(row.getText()).contains("连续天数", "表单规则");
        assertThat(getText(draftFile(village, "forms.drl")).raw()).contains("// 表单：{\"kind\":\"streak\"",
                "Streak( type == \"GARBAGE_SORTING\", days >= 7 )", "award.grant($e, 5, \"" + RULE + "\");");
        browser.screenshot("40-rule-form-streak");

        browser.clearFeedback();
        browser.find("#validate").click();
        assertThat(browser.feedback().getText()).contains("规则检查通过");
        browser.find("#publish-form [name=comment]").sendKeys("新增连续7天垃圾分类加5分");
        browser.clearFeedback();
        browser.find("#publish").click();
        assertThat(browser.feedback().getText()).contains("已发布为第 2 版");
    }

    @Test
    @Order(2)
    void sevenDaysOfEvidenceThroughTheApiEarnTheAward() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonNode last = null;
        for (int d = 7; d >= 1; d--) {
            var evidence = JSON.createObjectNode().put("id", unique("gs")).put("type", "GARBAGE_SORTING")
                    .put("memberId", member).put("occurredAt", today.minusDays(d) + "T08:00").put("status", "APPROVED");
            Response response = post(evaluations(village), batch(false, evidence));
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            last = response.body().path("results").get(0);
            if (d > 1) {
                assertThat(last.path("awards")).as(response.raw()).isEmpty();
            }
        }
        assertThat(last.path("awards")).hasSize(1);
        assertThat(last.path("awards").get(0).path("rule").asText()).isEqualTo(RULE);
        assertThat(last.path("awards").get(0).path("points").asInt()).isEqualTo(5);
    }

    @Test
    @Order(3)
    void theRuleReopensInItsFormAndItsPointsChange() {
        openRulesTab();
        browser.find("#rule-list tr[data-rule='" + RULE + "'] [data-edit]").click();
        assertThat(browser.find("#rule-form-title").getText()).isEqualTo("编辑规则：" + RULE);
        assertThat(form().findElement(By.name("days")).getAttribute("value")).isEqualTo("7");
        assertThat(form().findElement(By.name("points")).getAttribute("value")).isEqualTo("5");
        field("points", "8");
        browser.clearFeedback();
        browser.find("#rule-form-save").click();
        assertThat(browser.feedback().getText()).contains("已保存规则");
        String drl = getText(draftFile(village, "forms.drl")).raw();
        assertThat(drl).contains("award.grant($e, 8, \"" + RULE + "\");").doesNotContain("award.grant($e, 5,");
        assertThat(drl.split("rule \"" + RULE + "\"", -1)).hasSize(2);
    }

    @Test
    @Order(4)
    void aHandWrittenRuleSaysPlainlyThatTheFormCannotEditIt() {
        openRulesTab();
        WebElement row = browser.find("#rule-list tr[data-rule='打扫卫生']");
        assertThat(row.getText()).contains("手写");
        row.findElement(By.cssSelector("[data-edit]")).click();
        WebElement message = browser.find("#rule-message");
        assertThat(message.getText()).contains("这条规则是手写的，表单无法编辑，请在「高级」中修改");
        assertThat(browser.all("#rule-form").get(0).isDisplayed()).isFalse();
        browser.screenshot("41-rule-form-handwritten");
        message.findElement(By.tagName("button")).click();
        browser.until(d -> browser.code().contains("rule \"打扫卫生\""));
        assertThat(browser.find(".tabs [data-tab=advanced]").getAttribute("class")).contains("on");
    }

    @Test
    @Order(5)
    void aRefusedFieldIsNamedInChinese() {
        openRulesTab();
        browser.find("[data-new-kind=repeat]").click();
        field("name", "乱扔\"垃圾");
        field("points", "5");
        browser.clearFeedback();
        browser.find("#rule-form-save").click();
        assertThat(browser.feedback().getText()).contains("规则名称：");
        assertThat(browser.find("#rule-form [data-field=name]").getAttribute("class")).contains("bad");
    }

    @Test
    @Order(6)
    void theFormsFitAPhone() {
        browser.resize(390, 844);
        try {
            openRulesTab();
            browser.find("[data-new-kind=role]").click();
            browser.find("#rule-form .role-choices input");
            Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).as("the rule forms fit a phone").isLessThanOrEqualTo(1);
            browser.js("document.getElementById('rule-form').scrollIntoView();");
            browser.screenshot("42-rule-form-phone");
        } finally {
            browser.resize(1366, 768);
        }
    }
}
