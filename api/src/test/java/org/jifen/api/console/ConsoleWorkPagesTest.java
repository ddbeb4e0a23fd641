package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jifen.api.policy.draft.Workbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The work pages in the browser, in Chinese: members registered from an Excel roster (and a bad CSV
 * refused row by row, nothing written), a member found by name and edited, 奖惩 and its reversal,
 * the 积分超市 catalogue and counter, a statement looked up by name; every page at phone width.
 * The administration page: {@link ConsoleAdminPageTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleWorkPagesTest extends ConsoleBrowserTest {

    private String village;
    private String official;
    private Path files;

    @BeforeAll
    void start() throws IOException {
        village = publishedVillage("work");
        official = createKey(java.util.Map.of("name", "村委会", "holder", "李会计", "role", "OFFICIAL",
                "villages", List.of(village)));
        files = Files.createTempDirectory("jifen-roster-");
        browser.signIn(official);
    }

    private String page(String name) {
        return page(village, name);
    }

    private void upload(String name, byte[] bytes) throws IOException {
        Path file = Files.write(files.resolve(name), bytes);
        browser.clearFeedback();
        // the file box itself is transparent over its Chinese label (选择名册文件…): present, not "visible"
        browser.driver.findElement(By.id("roster-file")).sendKeys(file.toAbsolutePath().toString());
        browser.find("#roster-import").click();
    }

    private long members() {
        return get("/api/v1/villages/" + village + "/members").body().path("total").asLong();
    }

    @Test
    @Order(1)
    void aRosterRegistersMembersAndABadOneWritesNothing() throws IOException {
        browser.open(page("members"));
        browser.idle();
        upload("名册.xlsx", Workbooks.of(List.of(List.of("姓名", "户号", "角色", "电话"),
                List.of("张三", "1", "党员、志愿者", "13800000000"), List.of("李四", "1", "居民", ""),
                List.of("王五", "2", "", ""))));
        assertThat(browser.feedback().getText()).contains("新登记 3 人");
        browser.idle();
        assertThat(browser.find("#members tr[data-member='1-张三']").getText()).contains("张三", "党员、志愿者");
        assertThat(browser.find("#roster-result").getText()).contains("没有导入的列：电话");
        browser.screenshot("30-members-roster");

        upload("坏名册.csv", "姓名,户,角色\n赵六,3,居民\n,3,居民\n钱七,3,队长\n".getBytes(StandardCharsets.UTF_8));
        assertThat(browser.feedback().getText()).contains("名册没有导入");
        List<WebElement> errors = browser.all("#roster-errors li");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).getText()).startsWith("第 3 行 · 姓名：姓名没有填");
        assertThat(errors.get(1).getText()).contains("第 4 行 · 角色", "不认识的角色「队长」");
        assertThat(members()).isEqualTo(3);
        browser.js("document.getElementById('roster-result').scrollIntoView();");
        browser.screenshot("31-members-roster-errors");
    }

    @Test
    @Order(2)
    void aMemberIsFoundByNameAndEditedWithoutLosingRoles() {
        browser.open(page("members"));
        browser.idle();
        browser.find("#member-search").sendKeys("张");
        browser.find("#member-find").click();
        browser.until(d -> browser.all("#members tbody tr").size() == 1 ? true : null);
        browser.find("#members tr[data-member='1-张三'] .edit").click();
        browser.idle();
        WebElement household = browser.find("#member-form [name=householdId]");
        household.clear();
        household.sendKeys("7");
        browser.clearFeedback();
        browser.find("#member-save").click();
        assertThat(browser.feedback().getText()).contains("已保存：张三");
        var stored = get(memberPath(village, "1-张三")).body();
        assertThat(stored.path("householdId").asText()).isEqualTo("7");
        assertThat(stored.path("roles").toString()).isEqualTo("[\"PARTY_MEMBER\",\"VOLUNTEER\"]");

        // a new registration: 王五 of household 2 is there already; 孙七 is new, a 党员
        for (String[] person : new String[][] {{"王五", "2"}, {"孙七", "3"}}) {
            browser.find("#member-new").click();
            browser.find("#member-form [name=name]").sendKeys(person[0]);
            browser.find("#member-form [name=householdId]").sendKeys(person[1]);
            browser.clearFeedback();
            if (person[0].equals("孙七")) {
                browser.find("#role-boxes input[value=PARTY_MEMBER]").click();
            }
            browser.find("#member-save").click();
            assertThat(browser.feedback().getText()).contains(person[0].equals("王五") ? "已登记为“王五”" : "已保存：孙七");
        }
        assertThat(get(memberPath(village, "3-孙七")).body().path("roles").get(0).asText()).isEqualTo("PARTY_MEMBER");
    }

    @Test
    @Order(3)
    void anAdjustmentAndItsReversal() {
        browser.open(page("ledger"));
        pick("#ledger-member", "张", "1-张三");
        WebElement operator = browser.find("#operator");
        assertThat(operator.getAttribute("value")).isEqualTo("李会计");
        assertThat(operator.getAttribute("readonly")).isNotNull();
        for (int points : new int[] {5, 12}) {
            browser.find("#adjust-form [name=points]").sendKeys(String.valueOf(points));
            browser.find("#adjust-form [name=reason]").sendKeys("村委会决定");
            browser.clearFeedback();
            browser.find("#adjust-submit").click();
            assertThat(browser.feedback().getText()).contains("+" + points + " 分，已记入");
            browser.idle();
        }
        assertThat(browser.find("#member-balance").getText()).isEqualTo("张三：17 分");
        WebElement reverse = browser.find("#entries tbody tr:last-child .reverse"); // the +5, the older one
        assertThat(reverse.getText()).isEqualTo("冲正");
        reverse.click();
        browser.find("#reverse-form [name=reason]").sendKeys("记错了");
        browser.clearFeedback();
        browser.find("#reverse-submit").click();
        assertThat(browser.feedback().getText()).contains("已冲正");
        browser.idle();
        assertThat(browser.find("#member-balance").getText()).isEqualTo("张三：12 分");
        assertThat(browser.find("#entries tbody").getText()).contains("冲正", "-5");
        // the server records the signed-in key's holder as the operator, whatever a page might send
        assertThat(browser.find("#entries tbody").getText()).contains("李会计").doesNotContain("bootstrap");

        // a refused reversal (409: reversed meanwhile elsewhere) reads in plain Chinese, the English behind 详情
        browser.find("#adjust-form [name=points]").sendKeys("1");
        browser.find("#adjust-form [name=reason]").sendKeys("临时");
        browser.clearFeedback();
        browser.find("#adjust-submit").click();
        assertThat(browser.feedback().getText()).contains("+1 分，已记入");
        browser.idle();
        WebElement newest = browser.find("#entries tbody tr:first-child");
        String entry = newest.getAttribute("data-entry");
        newest.findElement(By.cssSelector(".reverse")).click();
        Response meanwhile = post("/api/v1/villages/" + village + "/ledger/" + entry + "/reversal",
                java.util.Map.of("requestKey", unique("rev"), "reason", "另一处已冲正"));
        assertThat(meanwhile.status()).as(meanwhile.raw()).isEqualTo(201);
        browser.find("#reverse-form [name=reason]").sendKeys("记错了");
        browser.clearFeedback();
        browser.find("#reverse-submit").click();
        WebElement refused = browser.feedback();
        assertThat(refused.findElement(By.cssSelector(".message")).getText())
                .contains("操作冲突", "这条积分记录已经冲正过了").doesNotContain("already", "ledger entry");
        assertThat(refused.findElement(By.cssSelector("details.detail pre")).getAttribute("textContent"))
                .contains("already reversed");
        browser.idle();
        assertThat(browser.all("#entries tr[data-entry='" + entry + "'] .reverse")).as("the entries as they are now").isEmpty();
        assertThat(browser.all("#reverse-form").get(0).isDisplayed()).isFalse();
        assertThat(browser.feedback().getText()).contains("这条积分记录已经冲正过了");
        browser.screenshot("34-ledger-refused-in-chinese");
        browser.screenshot("32-ledger");
    }

    @Test
    @Order(4)
    void theSupermarketCatalogueAndCounter() {
        browser.open(page("supermarket"));
        browser.idle();
        browser.find("#item-new").click();
        browser.find("#item-form [name=name]").sendKeys("毛巾");
        browser.find("#item-form [name=price]").sendKeys("5");
        browser.find("#item-form [name=stock]").sendKeys("3");
        browser.clearFeedback();
        browser.find("#item-save").click();
        assertThat(browser.feedback().getText()).contains("商品已保存：毛巾");
        browser.idle();
        assertThat(browser.find("#catalogue tr[data-item='毛巾']").getText()).contains("毛巾", "5", "3");
        // the official runs the village's own 积分超市: the official's key redeems at the counter
        pick("#counter-member", "张三", "1-张三");
        assertThat(browser.find("#spendable").getText()).contains("可用积分 12 分");
        new Select(browser.find("#counter-item")).selectByValue("毛巾");
        browser.clearFeedback();
        browser.find("#redeem").click();
        assertThat(browser.feedback().getText()).contains("已兑换：毛巾 × 1，用去 5 分，剩余 7 分");
        browser.idle();
        WebElement quantity = browser.find("#counter-form [name=quantity]");
        quantity.clear();
        quantity.sendKeys("2");
        browser.clearFeedback();
        browser.find("#redeem").click();
        assertThat(browser.feedback().getText()).contains("积分不够：可用 7 分，需要 10 分");
        browser.screenshot("33-supermarket");
    }

    @Test
    @Order(5)
    void aStatementIsLookedUpByName() {
        browser.open(page("reports"));
        browser.idle();
        pick("#statement-form [name=id]", "张三", "1-张三");
        browser.clearFeedback();
        browser.find("#statement-show").click();
        assertThat(browser.feedback().getText()).contains("张三");
        assertThat(browser.find("#statement-balance b").getText()).isEqualTo("7");
    }

    @Test
    @Order(6)
    void everyWorkPageFitsAPhone() {
        browser.resize(390, 844);
        for (String name : new String[] {"members", "ledger", "supermarket"}) {
            browser.open(page(name));
            browser.idle();
            // no English met: the page's own words are Chinese (file types and the village's id aside)
            assertFitsAPhone(name, village, "Excel", "CSV", "xlsx", "csv");
            browser.screenshot("35-phone-" + name);
        }
        browser.resize(1366, 768);
    }
}
