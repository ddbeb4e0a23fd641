package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A village with a points list and a type dictionary, an OFFICIAL key and a signed-in browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PointsListConsoleTest extends PolicyApiTest {

    static final String LONG_NAME = "参加居民议事会并在会上发言提出合理化建议";
    private static final String LIST = """
            item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes
            %s,MEETING,2,善治,2/MONTH,,,false,
            小区安全巡查,PATROL,3,善治,3/WEEK,,BUILDING_LEADER,true,60
            """.formatted(LONG_NAME);

    @LocalServerPort
    private int port;

    Browser browser;
    String village;
    String official;

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        village = publishedVillage("plist");
        assertThat(putText(draftFile(village, "village.yaml"), villageYaml(village)
                + "caps:\n  善治: 30/MONTH\ntypes:\n  MEETING: 参加会议\n  PATROL: 治安巡逻\n").status()).isEqualTo(200);
        assertThat(putText(draftFile(village, "points-list.csv"), LIST).status()).isEqualTo(201);
        official = createKey("OFFICIAL", village);
        browser = new Browser(port);
        browser.signIn(official);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    List<WebElement> rows() {
        return browser.all("#grid tbody tr:not(.grid-note)");
    }

    WebElement cell(int row, String column) {
        return rows().get(row - 1).findElement(By.cssSelector("td[data-col=" + column + "]"));
    }

    String draftCsv() {
        return getText(draftFile(village, "points-list.csv")).raw();
    }
}
