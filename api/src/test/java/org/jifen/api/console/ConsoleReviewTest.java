package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
 * The review queue in Chinese: names, the type's Chinese name, reporter, photo links (http(s) only),
 * the submission in village time, and the card and count after a decision by a reviewer whose name
 * has a space; then the reports, notice, review, what-if, villages and sign-in pages at phone width.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleReviewTest extends PolicyApiTest {

    private static final ZoneId VILLAGE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate YESTERDAY = LocalDate.now(VILLAGE_ZONE).minusDays(1);

    @LocalServerPort
    private int port;

    private Browser browser;
    private String village;
    private final String member = unique("rv");
    private final String reporter = unique("rr");

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        village = newVillage("review");
        assertThat(putText(draftFile(village, "village.yaml"), villageYaml(village)
                + "types:\n  CLEANING: 打扫公共区域卫生\n").status()).isIn(200, 201);
        assertThat(publish(village, "张三", "初版").status()).as("published with a types dictionary").isEqualTo(201);
        for (String[] m : new String[][] {{member, "王小明"}, {reporter, "李四"}}) {
            Response response = put(memberPath(village, m[0]), Map.of("name", m[1], "householdId", "h-" + m[0],
                    "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
        }
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theSignInPageFitsAPhone() {
        browser.resize(390, 844);
        browser.open("/console/login");
        browser.find("#apiKey");
        assertThat(browser.overflow()).as("the sign-in page fits 390 px").isLessThanOrEqualTo(1);
        browser.screenshot("21-phone-login");
        browser.resize(1366, 768);
        browser.signIn(createKey(Map.of("name", "王 芳", "role", "OFFICIAL", "villages", List.of(village))));
    }

    @Test
    @Order(2)
    void aReviewCardShowsNamesPhotosAndVillageTimeAndChangesOnceDecided() {
        String pending = unique("rp");
        var evidence = JSON.createObjectNode().put("id", pending).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", YESTERDAY + "T08:30").put("status", "PENDING").put("reporterId", reporter)
                .put("photos", 2);
        evidence.putObject("attrs").put("photo", "https://example.org/p/1.jpg").put("bad", "javascript:alert(1)")
                .put("html", "<img src=x onerror=alert(1)>");
        LocalDateTime before = LocalDateTime.now(VILLAGE_ZONE).truncatedTo(ChronoUnit.MINUTES);
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        LocalDateTime after = LocalDateTime.now(VILLAGE_ZONE).truncatedTo(ChronoUnit.MINUTES);
        Response queue = get(villagePath(village) + "/reviews/pending");
        assertThat(queue.body().path("items").get(0).path("submittedAt").asText()).endsWith("+08:00");

        browser.open("/console/review?village=" + village);
        WebElement item = browser.find("#queue li[data-evidence='" + pending + "']");
        assertThat(item.getText()).contains("王小明（" + member + "）", "打扫公共区域卫生（CLEANING）",
                "李四（" + reporter + "）", "2 张", "待审核", YESTERDAY + " 08:30");
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        assertThat(dd(item, "提交时间")).as("submitted, in village time").isIn(before.format(minute), after.format(minute));
        List<WebElement> links = item.findElements(By.cssSelector(".photos a"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getAttribute("href")).isEqualTo("https://example.org/p/1.jpg");
        assertThat(item.findElements(By.cssSelector("img, a[href^=javascript]"))).isEmpty();
        assertThat(browser.find("#queue-total").getText()).isEqualTo("待审核：1 条");
        assertThat(browser.find("#reviewer").getText()).isEqualTo("王 芳");

        item.findElement(By.name("note")).sendKeys("照片清楚，同意");
        browser.clearFeedback();
        item.findElement(By.cssSelector("button[data-decision=APPROVED]")).click();
        assertThat(browser.feedback().getText()).contains(pending, "已通过");
        assertThat(dd(item, "状态")).isEqualTo("已通过");
        assertThat(item.getText()).doesNotContain("待审核");
        assertThat(browser.find("#queue-total").getText()).isEqualTo("没有待审核的证据。");
        assertThat(jdbc.queryForObject("SELECT reviewer FROM review_decisions WHERE village_id = ? AND evidence_id = ?",
                String.class, village, pending)).isEqualTo("王 芳");
        browser.screenshot("22-review-decided");
    }

    @Test
    @Order(3)
    void theOfficialsPagesFitAPhoneWithTablesAsCards() {
        var evidence = JSON.createObjectNode().put("id", unique("rq")).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", YESTERDAY + "T09:30").put("status", "PENDING").put("reporterId", reporter);
        evidence.putObject("attrs").put("photo", "https://example.org/" + "a-very-long-photo-path/".repeat(6) + "1.jpg");
        assertThat(post(evaluations(village), batch(false, evidence)).status()).isEqualTo(200);
        browser.resize(390, 844);
        try {
            for (String page : new String[] {"", "reports", "notice", "review", "whatif"}) {
                browser.open("/console/" + page + (page.isEmpty() ? "" : "?village=" + village));
                browser.idle();
                if (page.equals("review")) {
                    browser.find("#queue li");
                }
                if (page.equals("reports")) {
                    browser.js("const r=document.getElementById('rankings-form'); r.from.value=arguments[0];"
                            + " r.to.value=arguments[1];", YESTERDAY.minusDays(1).toString(), YESTERDAY.toString());
                    browser.clearFeedback();
                    browser.find("#rankings-form button[type=submit]").click();
                    browser.feedback();
                    assertThat(browser.find("#rankings").getAttribute("class")).contains("cards");
                    assertThat(browser.all("#rankings thead th").get(0).isDisplayed()).as("no header row").isFalse();
                    browser.js("document.getElementById('rankings').scrollIntoView();");
                }
                assertThat(browser.overflow()).as((page.isEmpty() ? "villages" : page) + " fits 390 px")
                        .isLessThanOrEqualTo(1);
                browser.screenshot("23-phone-" + (page.isEmpty() ? "villages" : page));
            }
        } finally {
            browser.resize(1366, 768);
        }
    }

    private static String dd(WebElement item, String term) {
        List<WebElement> cells = item.findElements(By.cssSelector("dl > *"));
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (cells.get(i).getText().equals(term)) {
                return cells.get(i + 1).getText();
            }
        }
        throw new AssertionError("no " + term + " in " + item.getText());
    }
}
