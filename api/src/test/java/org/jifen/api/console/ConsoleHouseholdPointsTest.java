package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15 in the browser, in a copy of 幸福社区 (基础分 100 per household and year, 星级文明户 at the
 * year's end) with a 劝告 rule added: the member card shows 基础分, 已得积分, 当前积分 and 可兑换 apart,
 * this year's warnings and the 警示 entry; the year is previewed and rated on 评星评比 (then 已评定); the
 * honour shows on the member card, in 奖惩 and in the 公示 notice's 荣誉榜; every page fits a phone; a
 * reviewer has no link to 评星评比 and is refused there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleHouseholdPointsTest extends ConsoleBrowserTest {

    /** Switches the notice page's period picker to dates (按日期). */
    private static final String DATES = "const span = document.getElementById('notice-span'); span.value = 'dates';"
            + " span.dispatchEvent(new Event('change'));";

    private static final String WARNING_RULE = """
            package village.xingfu;

            rule "遛犬未牵绳 劝告"
                @category("人居环境")
            when $e : Evidence( type == "DOG_OFF_LEASH", approved )
            then award.warn($e, "遛犬未牵绳，予以劝告"); end
            """;

    private final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private String village;
    private String zhang;
    private String li;
    private final List<String> ids = new java.util.ArrayList<>();

    @BeforeAll
    void setUp() throws IOException {
        village = sampleVillageCopy("xingfu", "  DOG_OFF_LEASH: 遛犬未牵绳\n", Map.of("jingshi.drl", WARNING_RULE));
        String household = unique("h");
        String other = unique("h");
        ids.addAll(List.of(village, household, other));
        zhang = household + "-a";
        li = household + "-b";
        member(zhang, household, "张三丰");
        member(li, household, "李四华");
        member(household + "-c", other, "王五");
        LocalDate day = LocalDate.of(year, 1, 1);
        evaluate(evidence("HEROIC_DEED", li, day), evidence("HEROIC_DEED", li, day.plusDays(1)),
                evidence("DOG_OFF_LEASH", zhang, day), evidence("LITTERING", zhang, day.plusDays(1)),
                evidence("BLOOD_DONATION", household + "-c", day));
        browser.signIn(createKey(Map.of("name", "社区居委会", "holder", "李会计", "role", "OFFICIAL",
                "villages", List.of(village))));
    }

    private void member(String id, String household, String name) {
        Response response = put(memberPath(village, id), Map.of("householdId", household, "name", name,
                "roles", List.of("RESIDENT")));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private void evaluate(ObjectNode... evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static ObjectNode evidence(String type, String member, LocalDate day) {
        return JSON.createObjectNode().put("id", unique("e")).put("type", type).put("memberId", member)
                .put("occurredAt", day + "T09:00").put("status", "APPROVED");
    }

    private void openCard(String member) {
        browser.open(page(village, "members"));
        browser.idle();
        browser.find("#members tr[data-member='" + member + "'] .show-card").click();
        browser.find("#member-card");
        browser.idle();
    }

    @Test
    @Order(1)
    void theMemberCardShowsBaseEarnedCurrentAndSpendableApartAndTheWarning() {
        openCard(zhang);
        assertThat(browser.find("#fig-base").getText()).contains("基础分", "100", "每户每年");
        assertThat(browser.find("#fig-earned").getText()).contains("已得积分（" + year + "）", "38");
        assertThat(browser.find("#fig-current").getText()).contains("当前积分", "138");
        assertThat(browser.find("#fig-spendable").getText()).contains("可兑换", "-2", "不含基础分");
        assertThat(browser.find("#member-warnings").getText()).isEqualTo("本年警示 1 次");
        assertThat(browser.find("#member-honours").getText()).isEqualTo("荣誉：（无）");
        WebElement warning = browser.find("#card-entries tr[data-kind='WARNING']");
        assertThat(warning.getText()).contains("警示", "遛犬未牵绳 劝告", "0");
        assertThat(warning.getAttribute("class")).contains("kind-warning");
        browser.screenshot("60-member-card");
    }

    @Test
    @Order(2)
    void theYearIsPreviewedThenRatedOnce() {
        browser.open(page(village, "programmes"));
        browser.idle();
        new Select(browser.find("#programme-kind")).selectByValue("YEAR");
        WebElement yearBox = browser.find("#programme-year");
        yearBox.clear();
        yearBox.sendKeys(String.valueOf(year));
        assertThat(browser.find("#programme-period").getText()).isEqualTo("评定周期：" + year);
        assertThat(browser.find("#programme-run").isEnabled()).isFalse();
        browser.clearFeedback();
        browser.find("#programme-preview").click();
        assertThat(browser.feedback().getText()).contains("预览 " + year + "：1 条评定结果，还没有写入");
        WebElement line = browser.find("#programme-awards tr[data-rule='三星级文明户']");
        assertThat(line.getText()).contains("张三丰户", "第 1 名（共 2 户）", "38", "荣誉：三星级文明户", "确认后写入");
        assertThat(honours()).isZero();
        browser.screenshot("61-programme-preview");

        browser.clearFeedback();
        browser.find("#programme-run").click();
        browser.until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(browser.feedback().getText()).contains(year + " 评定完成：写入 1 条");
        assertThat(browser.find("#programme-awards tr[data-rule='三星级文明户']").getText()).contains("已写入");
        assertThat(honours()).isEqualTo(1);

        browser.clearFeedback();
        browser.find("#programme-preview").click();
        assertThat(browser.feedback().getText()).as("every rule of the year was decided, awards or not")
                .contains("已评定：三星级文明户、五星级文明户、四星级文明户");
        assertThat(browser.find("#programme-awards tr[data-rule='三星级文明户']").getText()).contains("已评定");
        assertThat(browser.find("#programme-run").isEnabled()).isFalse();
        assertThat(honours()).isEqualTo(1);
        browser.screenshot("62-programme-already-run");

        new Select(browser.find("#programme-kind")).selectByValue("QUARTER");
        browser.clearFeedback();
        browser.find("#programme-preview").click();
        assertThat(browser.feedback().getText()).contains("没有评出结果");
    }

    /** The test's ids (village, households) and {@code words}: not English the page shows. */
    private String[] allowed(String... words) {
        return java.util.stream.Stream.concat(ids.stream(), java.util.Arrays.stream(words)).toArray(String[]::new);
    }

    private long honours() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND kind = 'HONOUR'", Long.class,
                village);
    }

    @Test
    @Order(3)
    void theHonourShowsOnTheCardInTheLedgerAndInTheNotice() {
        openCard(zhang);
        assertThat(browser.find("#member-honours").getText()).isEqualTo("荣誉：三星级文明户 " + year);
        assertThat(browser.find("#card-entries tr[data-kind='HONOUR']").getText()).contains("荣誉", "三星级文明户");

        browser.open(page(village, "ledger"));
        pick("#ledger-member", "张三", zhang);
        assertThat(browser.find("#member-figures #fig-current").getText()).contains("138");
        assertThat(browser.find("#entries tr[data-kind='WARNING']").getText()).contains("警示");
        assertThat(browser.find("#entries tr[data-kind='HONOUR']").getText()).contains("荣誉", "三星级文明户");

        browser.open(page(village, "notice"));
        browser.idle();
        browser.js(DATES + "document.getElementById('notice-from').value = arguments[0];"
                + "document.getElementById('notice-to').value = arguments[1];", year + "-12-01", year + "-12-31");
        browser.find("#notice-show").click();
        browser.idle();
        assertThat(browser.find("#notice .notice-honours-title").getText()).isEqualTo("荣誉榜");
        assertThat(browser.find("#notice table.notice-honours").getText())
                .contains("三星级文明户", "张*丰户", String.valueOf(year)).doesNotContain(zhang, "张三丰");
        browser.screenshot("63-notice-honours");
    }

    @Test
    @Order(4)
    void everyPageFitsAPhone() {
        browser.resize(390, 844);
        try {
            openCard(zhang);
            assertFitsAPhone("members", allowed("Excel", "CSV", "xlsx", "csv"));
            browser.screenshot("64-phone-member-card");
            browser.open(page(village, "programmes"));
            browser.idle();
            new Select(browser.find("#programme-kind")).selectByValue("YEAR");
            browser.find("#programme-preview").click();
            browser.find("#programme-awards tr[data-rule='三星级文明户']");
            browser.idle();
            assertFitsAPhone("programmes", allowed());
            browser.screenshot("65-phone-programmes");
            browser.open(page(village, "notice"));
            browser.idle();
            assertFitsAPhone("notice", allowed("xlsx"));
        } finally {
            browser.resize(1366, 768);
        }
    }

    @Test
    @Order(5)
    void aReviewerHasNoProgrammeRun() {
        browser.find("#logout").click();
        browser.signIn(createKey("REVIEWER", village));
        browser.open(page(village, "members"));
        browser.idle();
        assertThat(browser.all("#nav-programmes")).isEmpty();
        browser.open(page(village, "programmes"));
        browser.idle();
        browser.clearFeedback();
        browser.find("#programme-preview").click();
        assertThat(browser.feedback().getText()).contains("没有权限");
        assertThat(browser.all("#programme-awards tr")).isEmpty();
    }
}
