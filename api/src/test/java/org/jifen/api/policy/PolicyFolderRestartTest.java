package org.jifen.api.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jifen.api.JifenApplication;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Which copy wins when a village lives both in {@code rules/<village>/} and in the database, through
 * restarts: a version published through the API survives a restart against the same database and
 * rules folder (the unchanged folder is not imported again, and GET …/policy says the folder is
 * superseded); a later real edit of the folder is imported at the next start.
 */
class PolicyFolderRestartTest extends PolicyApiTest {

    @Autowired
    private EmbeddedMariaDb database;

    @TempDir
    Path tree;

    @Test
    void anApiPublishSurvivesARestartAndALaterEditOfTheFolderIsImported() {
        Path rules = tree.resolve("rules");
        Path samples = tree.resolve("samples");
        String village = TinyVillage.id("disk");
        TinyVillage.write(rules, samples, village, 3);
        assertThat(startAndReadVersion(rules, samples, village)).as("first start imports the folder").isEqualTo(1);

        assertThat(putText(draftFile(village, "patrol.drl"), TinyVillage.drl(8)).status()).isEqualTo(200);
        var published = publish(village, "王五", "控制台改为8分");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        assertThat(published.body().path("version").asInt()).isEqualTo(2);

        assertThat(startAndReadVersion(rules, samples, village)).as("after a restart the API version stays").isEqualTo(2);
        assertThat(versions(village)).as("nothing re-imported").isEqualTo(2);
        var policy = get(policy(village));
        assertThat(policy.body().path("version").asInt()).isEqualTo(2);
        assertThat(policy.body().path("folder").path("importedVersion").asInt()).isEqualTo(1);
        assertThat(policy.body().path("folder").path("supersededBy").asInt()).isEqualTo(2);
        assertThat(policy.body().path("folder").path("note").asText()).contains("已被", "第2版取代", "不会再导入");

        TinyVillage.write(rules, samples, village, 5);
        assertThat(startAndReadVersion(rules, samples, village)).as("an edited folder is imported").isEqualTo(3);
        assertThat(versions(village)).isEqualTo(3);
        policy = get(policy(village));
        assertThat(policy.body().path("folder").path("importedVersion").asInt()).isEqualTo(3);
        assertThat(policy.body().path("folder").path("supersededBy").isNumber()).as(policy.raw()).isFalse();
    }

    /** Starts the service on the shared database and {@code rules}, returns the village's active version, stops it. */
    private int startAndReadVersion(Path rules, Path samples, String village) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JifenApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + EmbeddedMariaDb.USER, "--spring.datasource.password=",
                        "--jifen.rules-dir=" + rules, "--jifen.samples-dir=" + samples, "--jifen.watch-files=false",
                        "--jifen.load-rules-on-start=true", "--jifen.policy-sync.enabled=false")) {
            return app.getBean(PolicyRegistry.class).active(village).orElseThrow().version();
        }
    }

    private int versions(String village) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM policy_versions WHERE village_id = ?", Integer.class, village);
    }
}
