package org.jifen.api.policy.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jifen.api.ApiTest;
import org.jifen.api.JifenApplication;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.TinyVillage;
import org.jifen.api.policy.watch.PolicyFileWatcher;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database: this test's shared context (instance 1, embedded MariaDB) and a
 * second application context on the first one's JDBC URL. A version published on instance 1
 * serves on instance 2 within 2 s.
 */
class PolicySyncTest extends ApiTest {

    @Autowired
    private EmbeddedMariaDb database;

    @Autowired
    private PolicyPublisher publisher;

    @Autowired
    private PolicyFileWatcher watcher;

    @Test
    void aVersionPublishedOnOneInstanceServesOnTheOtherWithinTwoSeconds() throws Exception {
        String village = TinyVillage.id("sync");
        publisher.publish(org.jifen.api.policy.PublishCommand.of(TinyVillage.source(village, 3), "test", "v1"));
        String member = unique("m");
        register(village, member);

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(JifenApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + EmbeddedMariaDb.USER, "--spring.datasource.password=",
                        "--jifen.load-rules-on-start=false", "--jifen.rules-dir=../rules", "--jifen.samples-dir=../samples")) {
            PolicyRegistry registry = second.getBean(PolicyRegistry.class);
            assertThat(registry.active(village).orElseThrow().version()).isEqualTo(1);
            assertThat(watcher.enabled()).as("watcher on with the embedded database").isTrue();
            assertThat(second.getBean(PolicyFileWatcher.class).enabled()).as("off with a datasource URL").isFalse();

            assertThat(publisher.publish(org.jifen.api.policy.PublishCommand.of(TinyVillage.source(village, 8), "test", "v2")).version()).isEqualTo(2);
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (registry.cachedVersion(village).orElse(0) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(registry.cachedVersion(village)).as("version on instance 2 within 2 s").hasValue(2);

            int port = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            JsonNode result = evaluateOn(port, village, patrol(unique("p"), member, "2026-11-18T20:00", 60));
            assertThat(result.path("policyVersion").asInt()).as(result.toString()).isEqualTo(2);
            assertThat(result.path("awards").get(0).path("points").asInt()).isEqualTo(8);
        }
    }

    private static JsonNode evaluateOn(int port, String village, JsonNode evidence) throws Exception {
        String body = TinyVillage.postJson(port, evaluations(village), batch(false, evidence).toString());
        return JSON.readTree(body).path("results").get(0);
    }
}
