package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the console's browser tests share: one headless browser per class (the class is skipped where
 * Debian's chromium is missing), the page paths, the member picker, the phone-width check and copies
 * of the sample villages. A subclass's own {@code @BeforeAll} runs after the browser is open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleBrowserTest extends PolicyApiTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeAll
    void openBrowser() {
        Assumptions.assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The path of a console page of {@code village}. */
    protected static String page(String village, String name) {
        return "/console/" + name + "?village=" + village;
    }

    /** Types {@code text} into the member picker {@code box} and picks {@code member} from its list. */
    protected void pick(String box, String text, String member) {
        browser.find(box).sendKeys(text);
        browser.find(".picker-list li[data-member='" + member + "']").click();
        browser.idle();
    }

    /** The page as it is now fits a 390 px phone: nothing scrolls sideways, its words are Chinese. */
    protected void assertFitsAPhone(String name, String... allowed) {
        assertThat(browser.overflow()).as(name + " fits a phone-width window").isLessThanOrEqualTo(1);
        String words = browser.find("main").getText();
        for (String word : allowed) {
            words = words.replace(word, "");
        }
        assertThat(words).as(name).doesNotContainPattern("[A-Za-z]{3,}");
    }

    /**
     * A new village with the rules, settings and sample cases of {@code rules/<folder>} (its id and name
     * replaced), plus {@code extra} files and {@code yamlTail} appended to its village.yaml; published.
     */
    protected String sampleVillageCopy(String folder, String yamlTail, Map<String, String> extra) throws IOException {
        String village = unique(folder);
        Response created = put(villagePath(village), Map.of("name", "测试社区", "region", "测试"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String yaml = Files.readString(Path.of("../rules/" + folder + "/village.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: .*$", "id: " + village).replaceFirst("(?m)^name: .*$", "name: 测试社区");
        assertThat(putText(draftFile(village, "village.yaml"), yaml.stripTrailing() + "\n" + yamlTail).status())
                .isIn(200, 201);
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("../rules/" + folder)),
                Files.list(Path.of("../samples/" + folder)))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("village.yaml")).toList()) {
                Response put = putText(draftFile(village, file.getFileName().toString()),
                        Files.readString(file, StandardCharsets.UTF_8));
                assertThat(put.status()).as(put.raw()).isIn(200, 201);
            }
        }
        for (Map.Entry<String, String> file : extra.entrySet()) {
            assertThat(putText(draftFile(village, file.getKey()), file.getValue()).status()).isIn(200, 201);
        }
        Response published = publish(village, "测试", folder + " 副本");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        return village;
    }
}
