package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A sample case made from the 新建样例 form, without writing YAML, passes with the others. */
class ConsoleCaseFormTest extends PointsListConsoleTest {

    @Test
    void aCaseFromAForm() {
        browser.open("/console/editor?village=" + village);
        browser.until(d -> browser.find("#file-name").getText().equals("积分清单"));
        browser.idle();
        browser.find("#new-case summary").click();
        WebElement form = browser.find("#new-case-form");
        form.findElement(By.name("name")).sendKeys("开会发言 得2分");
        new Select(form.findElement(By.name("type"))).selectByVisibleText("参加会议");
        browser.js("arguments[0].value = '2026-11-18T19:30';", form.findElement(By.name("at")));
        new Select(form.findElement(By.name("role"))).selectByVisibleText("居民");
        form.findElement(By.name("rule")).sendKeys(LONG_NAME);
        browser.clearFeedback();
        form.findElement(By.name("points")).sendKeys("2");
        form.findElement(By.id("new-case-add")).click();
        browser.until(d -> browser.find("#feedback").getText().contains("已加入样例"));
        assertThat(browser.find("#cases-summary").getText()).contains("全部 2 个样例通过");
        assertThat(getText(draftFile(village, "cases.yaml")).raw()).contains("  - name: \"开会发言 得2分\"\n",
                "      - { id: e1, type: MEETING, at: \"2026-11-18T19:30\" }",
                "      - { evidence: e1, rule: \"" + LONG_NAME + "\", points: 2 }");
        browser.screenshot("28-case-from-form");
    }
}
