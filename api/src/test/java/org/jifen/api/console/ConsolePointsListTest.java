package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Chinese-first points-list editor as an official uses it, in order on one browser: the list
 * opens first with Chinese column names and type names; a row is added with dropdowns; a new
 * evidence type goes into village.yaml; a bad cell is highlighted at its grid row; a refused publish
 * leaves the draft as it was, with the result in sight; a deleted row comes back with 撤销; leaving
 * with unsaved changes asks first; DRL mistakes read in Chinese at their line; phone width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePointsListTest extends PointsListConsoleTest {

    @Test
    @Order(1)
    void theListOpensFirstInChinese() {
        browser.open("/console/editor?village=" + village);
        browser.until(d -> browser.find("#file-name").getText().equals("积分清单"));
        browser.idle();
        assertThat(browser.find("#grid thead").getText()).contains("项目", "类型", "分值", "类别", "次数上限", "分数上限",
                "适用角色", "需审核", "最少分钟").doesNotContain("item", "max_times");
        assertThat(browser.find("#file-list").getText()).contains("积分清单", "村社设置", "规则文件：rules");
        assertThat(new Select(cell(1, "type").findElement(By.tagName("select"))).getFirstSelectedOption().getText())
                .isEqualTo("参加会议");
        assertThat(new Select(cell(1, "max_times").findElement(By.tagName("select"))).getFirstSelectedOption().getText())
                .isEqualTo("每月");
        assertThat(cell(1, "max_times").findElement(By.cssSelector("input")).getAttribute("value")).isEqualTo("2");
        assertThat(cell(1, "requires_approval").findElement(By.cssSelector("input")).isSelected()).isFalse();
        assertThat(cell(2, "roles").getText()).contains("楼栋长");
        WebElement name = cell(1, "item").findElement(By.tagName("textarea"));
        assertThat(name.getAttribute("value")).isEqualTo(LONG_NAME);
        assertThat(((Number) browser.js("return arguments[0].scrollHeight - arguments[0].clientHeight;", name)).intValue())
                .as("the whole item name is shown").isLessThanOrEqualTo(2);
        browser.screenshot("20-points-list-chinese");
    }

    @Test
    @Order(2)
    void addARowWithDropdownsAndANewType() {
        browser.find("#add-row").click();
        int row = rows().size();
        cell(row, "item").findElement(By.tagName("textarea")).sendKeys("垃圾分类投放正确");
        new Select(cell(row, "type").findElement(By.tagName("select"))).selectByVisibleText("＋ 新增类型…");
        WebElement dialog = browser.find("#type-dialog");
        dialog.findElement(By.name("typeName")).sendKeys("垃圾分类");
        dialog.findElement(By.name("typeCode")).sendKeys("garbage sorting");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(dialog.findElement(By.cssSelector(".error")).getText()).contains("英文字母");
        dialog.findElement(By.name("typeCode")).clear();
        dialog.findElement(By.name("typeCode")).sendKeys("GARBAGE_SORTING");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(getText(draftFile(village, "village.yaml")).raw()).contains("  GARBAGE_SORTING: 垃圾分类\n");
        assertThat(new Select(cell(row, "type").findElement(By.tagName("select"))).getFirstSelectedOption().getText())
                .isEqualTo("垃圾分类");

        cell(row, "points").findElement(By.tagName("input")).sendKeys("1");
        new Select(cell(row, "category").findElement(By.tagName("select"))).selectByVisibleText("善治");
        new Select(cell(row, "max_times").findElement(By.tagName("select"))).selectByVisibleText("每天");
        WebElement times = cell(row, "max_times").findElement(By.tagName("input"));
        times.clear();
        times.sendKeys("2");
        new Select(cell(row, "max_points").findElement(By.tagName("select"))).selectByVisibleText("每月");
        WebElement points = cell(row, "max_points").findElement(By.tagName("input"));
        points.clear();
        points.sendKeys("20");
        cell(row, "roles").findElement(By.tagName("summary")).click();
        cell(row, "roles").findElement(By.xpath(".//label[contains(., '党员')]/input")).click();
        assertThat(cell(row, "roles").findElement(By.tagName("summary")).getText()).isEqualTo("党员");
        cell(row, "requires_approval").findElement(By.tagName("input")).click();
        assertThat(browser.find("#dirty").getText()).contains("未保存");
        browser.screenshot("21-points-list-new-row");
        browser.clearFeedback();
        browser.find("#save").click();
        assertThat(browser.feedback().getText()).contains("已保存", "积分清单");
        assertThat(draftCsv()).startsWith("item,type,points,category,max_times,max_points,roles,requires_approval,"
                + "min_minutes\n").contains("\n" + LONG_NAME + ",MEETING,2,善治,2/MONTH,,,false,\n")
                .contains("\n垃圾分类投放正确,GARBAGE_SORTING,1,善治,2/DAY,20/MONTH,PARTY_MEMBER,false,\n");
        browser.clearFeedback();
        browser.find("#validate").click();
        assertThat(browser.feedback().getText()).contains("检查通过");
    }

    @Test
    @Order(3)
    void aBadCellIsMarkedAtItsGridRowAndAFailedPublishLeavesTheDraft() {
        String saved = draftCsv();
        WebElement points = cell(2, "points").findElement(By.tagName("input"));
        points.clear();
        points.sendKeys("三分");
        browser.js("window.scrollTo(0, document.body.scrollHeight);");
        browser.find("#publish-form [name=comment]").sendKeys("改巡查分值");
        browser.clearFeedback();
        browser.find("#publish").click();
        WebElement feedback = browser.feedback();
        assertThat(feedback.getText()).contains("未能发布", "1 个问题", "草稿已恢复到发布前的样子").doesNotContainPattern("[A-Za-z]{4,}");
        assertThat((Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", feedback)).as("the result is in sight").isTrue();
        browser.screenshot("22-publish-refused");
        assertThat(draftCsv()).as("the draft as it was before the attempt").isEqualTo(saved);
        assertThat(browser.find("#dirty").getText()).as("the edit is kept, unsaved").contains("未保存");

        assertThat(cell(2, "points").getAttribute("class")).contains("bad");
        WebElement note = browser.find("#grid tr.grid-note.error");
        assertThat(note.getAttribute("data-grid-row")).isEqualTo("2");
        assertThat(note.getText()).contains("第 2 行 · 分值", "分值要写整数", "三分");
        assertThat(browser.find("#problems").getText()).contains("积分清单 · 第 2 行 · 分值");
        browser.js("arguments[0].scrollIntoView({block: 'center'});", note);
        browser.screenshot("23-points-list-bad-cell");

        points = cell(2, "points").findElement(By.tagName("input"));
        points.clear();
        points.sendKeys("3");
        browser.clearFeedback();
        browser.find("#validate").click();
        assertThat(browser.feedback().getText()).contains("检查通过");
        assertThat(browser.all("#grid tr.grid-note.error")).isEmpty();
        assertThat(browser.all("#grid td.bad")).isEmpty();
    }

    @Test
    @Order(4)
    void aDeletedRowComesBackWithUndo() {
        int before = rows().size();
        cell(1, "item").findElement(By.xpath("..")).findElement(By.cssSelector("button.remove-row")).click();
        assertThat(rows()).hasSize(before - 1);
        WebElement feedback = browser.feedback();
        assertThat(feedback.getText()).contains("已删除第 1 行", LONG_NAME);
        browser.screenshot("24-row-deleted-undo");
        feedback.findElement(By.cssSelector("button.feedback-action")).click();
        assertThat(rows()).hasSize(before);
        assertThat(cell(1, "item").findElement(By.tagName("textarea")).getAttribute("value")).isEqualTo(LONG_NAME);
        assertThat(browser.find("#dirty").getText()).contains("未保存");
    }

    @Test
    @Order(5)
    void leavingWithUnsavedChangesAsksFirst() {
        // the page asks the browser to confirm leaving (headless Chromium under WebDriver accepts the
        // beforeunload prompt by itself, so the test asks the page's handler directly)
        String leave = "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
        assertThat((Boolean) browser.js(leave)).as("unsaved: leaving asks").isTrue();
        browser.clearFeedback();
        browser.find("#save").click();
        assertThat(browser.feedback().getText()).contains("已保存");
        assertThat((Boolean) browser.js(leave)).as("saved: leaving does not ask").isFalse();
        browser.find(".top .pages a[data-page=reports]").click();
        browser.until(ExpectedConditions.urlContains("/console/reports"));
    }

    @Test
    @Order(6)
    void drlMistakesReadInChineseAtTheirLineWithDetailsBehindAToggle() {
        browser.open("/console/editor?village=" + village);
        browser.until(d -> browser.find("#file-name").getText().equals("积分清单"));
        browser.idle();
        browser.find("#file-list a[data-file='rules.drl']").click();
        browser.until(d -> browser.find("#file-name").getText().equals("规则文件：rules"));
        browser.idle();
        String two = RULES + "\nrule \"开会\"\nwhen\n    $e : Evidence( type == \"MEETING_X\", approved )\nthen\n"
                + "    award.grant($e, 1, \"开会\");\nend\n";
        String[][] mistakes = {
            {"approved )", "approved， minutes > 0 )", "6", "全角"},
            {"approved )", "aproved )", "6", "approved"},
            {"award.grant($e, 2,", "award.grant($e, 二,", "8", "阿拉伯数字"},
            {"打扫公共卫生\");\nend", "打扫公共卫生\");\n", "3", "缺少结尾的 end"},
        };
        for (String[] m : mistakes) {
            browser.setCode(two.replaceFirst(java.util.regex.Pattern.quote(m[0]), java.util.regex.Matcher.quoteReplacement(m[1])));
            browser.clearFeedback();
            browser.find("#validate").click();
            assertThat(browser.feedback().getText()).contains("问题");
            WebElement note = browser.find(".problem-note");
            assertThat(note.getAttribute("data-problem-line")).as(m[1]).isEqualTo(m[2]);
            String words = note.getText();
            assertThat(words).as(m[1]).contains("第 " + m[2] + " 行", m[3]).doesNotContain("ERR", "Unable", "cannot be resolved");
            for (WebElement detail : browser.all(".problem-note details.detail")) {
                assertThat(detail.getAttribute("open")).as("Drools' words stay behind the toggle").isNull();
            }
            browser.screenshot("25-drl-mistake-line-" + m[2] + "-" + m[3].length());
        }
        // a parser error: the Chinese words in the note, Drools' own behind 详情
        browser.js("return import('/console/js/editor/checks.js').then(m => m.showProblems([{file: 'rules.drl', line: 6,"
                + " column: 3, severity: 'ERROR', message: '这里的写法有误：可能少了或多了括号、逗号或引号（详情：[ERR 101] no viable alternative）'}]));");
        WebElement note = browser.find(".problem-note");
        assertThat(note.getText()).contains("这里的写法有误", "详情").doesNotContain("no viable");
        note.findElement(By.cssSelector("details.detail summary")).click();
        assertThat(note.getText()).contains("no viable alternative");
        assertThat(browser.find("#problems").getText()).contains("规则文件：rules · 第 6 行", "这里的写法有误").doesNotContain("ERR 101");
        browser.screenshot("26-drl-detail-toggle");
        // a finding that names another row of the list names it as the grid counts rows
        browser.js("return import('/console/js/editor/checks.js').then(m => m.showProblems([{file: 'rules.drl', line: 3,"
                + " column: 0, severity: 'ERROR', message: '重复计分：规则“打扫卫生”给每条通过审核的 CLEANING 证据加分，项目“打扫”（points-list.csv 第 3 行）也加分'}]));");
        assertThat(browser.find("#problems").getText()).contains("（积分清单第 2 行）").doesNotContain("points-list.csv");
        browser.setCode(RULES);
        browser.find("#save").click();
        browser.idle();
    }

    @Test
    @Order(7)
    void atPhoneWidthTheRowsAreCards() {
        browser.resize(390, 844);
        browser.open("/console/editor?village=" + village);
        browser.until(d -> browser.find("#file-name").getText().equals("积分清单"));
        browser.idle();
        Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("the editor fits a phone").isLessThanOrEqualTo(1);
        WebElement name = cell(1, "item").findElement(By.tagName("textarea"));
        assertThat(name.getSize().getWidth()).as("the item name has the card's width").isGreaterThan(250);
        assertThat(((Number) browser.js("return arguments[0].scrollHeight - arguments[0].clientHeight;", name)).intValue())
                .as("the whole item name is shown").isLessThanOrEqualTo(2);
        assertThat(cell(1, "type").getText()).contains("类型");
        browser.screenshot("27-phone-points-list");
        browser.resize(1366, 768);
    }
}
