package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 系统管理 in the browser: an official has no link to it and the page holds nothing for them; an
 * administrator creates a village and a key with a holder (shown once) and revokes it; phone width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAdminPageTest extends ConsoleBrowserTest {

    @Test
    @Order(1)
    void anOfficialHasNoAdministration() {
        String village = newVillage("adm");
        browser.signIn(createKey("OFFICIAL", village));
        browser.open("/console/members?village=" + village);
        browser.idle();
        assertThat(browser.all("#nav-admin")).isEmpty();
        assertThat(browser.find("#nav-programmes").getText()).isEqualTo("评星评比");
        browser.open("/console/admin");
        assertThat(browser.find("#not-admin").getText()).contains("只有管理员");
        assertThat(browser.all("#key-form")).isEmpty();
        browser.find("#logout").click();
        browser.until(ExpectedConditions.urlContains("/console/login"));
    }

    @Test
    @Order(2)
    void anAdministratorCreatesAVillageAndAKeyAndRevokesIt() {
        browser.signIn(ADMIN_KEY);
        browser.find("#nav-admin").click();
        browser.idle();
        String village = unique("adm");
        browser.find("#village-form [name=id]").sendKeys(village);
        browser.find("#village-form [name=name]").sendKeys("新建村");
        browser.find("#village-form [name=region]").sendKeys("邛崃市 测试镇");
        browser.clearFeedback();
        browser.find("#village-create").click();
        assertThat(browser.feedback().getText()).contains("村社已建好：新建村");
        browser.idle();
        assertThat(browser.find("#village-table tr[data-village='" + village + "']").getText()).contains("新建村");

        browser.find("#key-form [name=name]").sendKeys("会计用");
        browser.find("#key-form [name=holder]").sendKeys("王会计");
        new Select(browser.find("#key-role")).selectByValue("OFFICIAL");
        browser.find("#key-form [name=villages]").sendKeys(village);
        browser.clearFeedback();
        browser.find("#key-create").click();
        assertThat(browser.feedback().getText()).contains("密钥已建好");
        String key = browser.find("#new-key-value").getText();
        assertThat(key).isNotBlank();
        assertThat(as(key).get("/api/v1/villages/" + village + "/members").status()).isEqualTo(200);
        browser.idle();
        String keyId = keyIdOf(key);
        assertThat(browser.find("#key-table tr[data-key='" + keyId + "']").getText()).contains("王会计", "村干部", "使用中");
        browser.screenshot("36-admin");

        browser.clearFeedback();
        browser.find("#key-table tr[data-key='" + keyId + "'] .revoke").click();
        browser.driver.switchTo().alert().accept();
        assertThat(browser.feedback().getText()).contains("密钥已停用：会计用");
        browser.idle();
        assertThat(browser.find("#key-table tr[data-key='" + keyId + "']").getText()).contains("已停用");
        assertThat(as(key).get("/api/v1/villages/" + village + "/members").status()).isEqualTo(401);

        browser.resize(390, 844);
        browser.open("/console/admin");
        browser.idle();
        Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("admin fits a phone-width window").isLessThanOrEqualTo(1);
        browser.screenshot("37-phone-admin");
        browser.resize(1366, 768);
    }
}
