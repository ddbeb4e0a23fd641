package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The points-list editor's caps as an official sets them (扣分上限, a household's cap 本户), and the
 * editor's other panels at phone width: the files, the case results with their differences, the
 * history and the diff of two versions, none wider than the phone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleEditorPhoneTest extends PointsListConsoleTest {

    /** Elements of the editor page that reach past the window's right edge (CodeMirror scrolls its own lines). */
    private static final String STICKING_OUT = """
            return [...document.querySelectorAll('main *')].filter(e => e.getClientRects().length
              && !e.closest('.CodeMirror') && e.getBoundingClientRect().right > window.innerWidth + 1)
              .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).slice(0, 10);""";

    @Test
    @Order(1)
    void aPenaltyCapAndAHouseholdCap() {
        browser.open("/console/editor?village=" + village);
        browser.until(d -> browser.find("#file-name").getText().equals("积分清单"));
        browser.idle();
        assertThat(browser.find("#grid thead").getText()).contains("次数上限", "扣分上限");
        // 小区安全巡查: at most 3 a week for the whole household
        new Select(cell(2, "max_times").findElement(By.cssSelector("[data-part=scope]"))).selectByVisibleText("本户");
        browser.find("#add-row").click();
        int row = rows().size();
        cell(row, "item").findElement(By.tagName("textarea")).sendKeys("会议无故缺席");
        new Select(cell(row, "type").findElement(By.tagName("select"))).selectByVisibleText("＋ 新增类型…");
        WebElement dialog = browser.find("#type-dialog");
        dialog.findElement(By.name("typeName")).sendKeys("会议缺席");
        dialog.findElement(By.name("typeCode")).sendKeys("ABSENCE");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(ExpectedConditions.invisibilityOf(dialog));
        cell(row, "points").findElement(By.tagName("input")).sendKeys("-2");
        new Select(cell(row, "max_deduct").findElement(By.cssSelector("[data-part=period]"))).selectByVisibleText("每年");
        WebElement most = cell(row, "max_deduct").findElement(By.cssSelector("[data-part=max]"));
        most.clear();
        most.sendKeys("36");
        browser.clearFeedback();
        browser.find("#save").click();
        browser.idle();
        String csv = draftCsv();
        assertThat(csv).contains(",max_deduct\n", ",3/WEEK/户,", "会议无故缺席,ABSENCE,-2,").contains(",36/YEAR\n");
        browser.find("#validate").click();
        browser.idle();
        assertThat(browser.find("#problems").getText()).doesNotContain("扣分上限", "上限“");
        browser.open("/console/editor?village=" + village);
        browser.until(d -> browser.find("#file-name").getText().equals("积分清单"));
        browser.idle();
        assertThat(new Select(cell(2, "max_times").findElement(By.cssSelector("[data-part=scope]")))
                .getFirstSelectedOption().getText()).isEqualTo("本户");
        assertThat(new Select(cell(row, "max_deduct").findElement(By.cssSelector("[data-part=period]")))
                .getFirstSelectedOption().getText()).isEqualTo("每年");
        browser.screenshot("40-points-list-penalty-cap");
    }

    @Test
    @Order(2)
    void theEditorsPanelsFitAPhone() {
        Response v2 = publish(village, "李四", "加上积分清单");
        assertThat(v2.status()).as(v2.raw()).isEqualTo(201);
        assertThat(putText(draftFile(village, "cases.yaml"), CASES + """
                  - name: 打扫卫生 故意写错的样例，看手机上差异怎样显示
                    evidence:
                      - { id: e1, type: CLEANING, at: "2026-11-18T08:30" }
                    expect:
                      - { evidence: e1, rule: "打扫卫生", points: 5, category: 弘德 }
                """).status()).isEqualTo(200);

        browser.resize(390, 844);
        try {
            browser.open("/console/editor?village=" + village);
            browser.until(d -> browser.find("#file-name").getText().equals("积分清单"));
            browser.idle();
            fits("files and points list");
            browser.screenshot("41-phone-editor-files");

            browser.find("#run-cases").click();
            browser.until(d -> browser.all("#cases tbody tr").size() >= 2 ? true : null);
            browser.idle();
            assertThat(browser.find("#cases").getText()).contains("应得 5 分").doesNotContain("expected", "awarded");
            fits("case results");
            browser.js("document.getElementById('cases').scrollIntoView();");
            browser.screenshot("42-phone-case-results");

            WebElement form = browser.find("#diff-form");
            new Select(form.findElement(By.name("from"))).selectByValue("1");
            new Select(form.findElement(By.name("to"))).selectByValue("2");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(d -> browser.all("#diff .diff-table").isEmpty() ? null : true);
            browser.idle();
            fits("history and diff");
            browser.js("document.getElementById('versions').scrollIntoView();");
            browser.screenshot("43-phone-history-diff");
        } finally {
            browser.resize(1366, 768);
        }
    }

    private void fits(String what) {
        assertThat(browser.overflow()).as(what + ": the page is no wider than the phone").isLessThanOrEqualTo(1);
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) browser.js(STICKING_OUT);
        assertThat(out).as(what + ": nothing reaches past the phone's right edge").isEmpty();
    }
}
