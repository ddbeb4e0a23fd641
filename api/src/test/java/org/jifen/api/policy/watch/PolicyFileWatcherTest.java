package org.jifen.api.policy.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jifen.api.ApiTest;
import org.jifen.api.JifenApplication;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.TinyVillage;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * The edit-save-see loop: an app watching a temporary rules/samples tree republishes a village
 * after a file is saved; a broken save is reported with file and line and keeps the last good
 * version; fixing it publishes again, and so does a village folder created later.
 */
class PolicyFileWatcherTest extends ApiTest {

    @Autowired
    private EmbeddedMariaDb database;

    @TempDir
    Path tree;

    @Test
    void republishesASavedVillageAndKeepsTheLastGoodVersionOnAnError() throws Exception {
        Path rules = tree.resolve("rules");
        Path samples = tree.resolve("samples");
        String village = TinyVillage.id("watch");
        TinyVillage.write(rules, samples, village, 3);
        List<Object> events = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<?>> listener = e -> events.add(e.getPayload());

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JifenApplication.class)
                .listeners(listener)
                .run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + EmbeddedMariaDb.USER, "--spring.datasource.password=",
                        "--jifen.rules-dir=" + rules, "--jifen.samples-dir=" + samples, "--jifen.watch-files=true",
                        "--jifen.policy-sync.enabled=false")) {
            PolicyRegistry registry = app.getBean(PolicyRegistry.class);
            assertThat(registry.cachedVersion(village)).hasValue(1);
            Path drl = rules.resolve(village).resolve("patrol.drl");

            Files.writeString(drl, TinyVillage.drl(5), StandardCharsets.UTF_8);
            await(() -> registry.cachedVersion(village).orElse(0) == 2);
            // the cache listens to the publish itself; the watcher announces its save just after
            await(() -> events.contains(new PolicyFilesPublished(village, 2)));
            assertThat(events).contains(new PolicyFilesPublished(village, 2));
            String member = unique("m");
            register(village, member);
            String body = TinyVillage.postJson(port(app), evaluations(village),
                    batch(false, patrol(unique("p"), member, "2026-11-18T20:00", 60)).toString());
            JsonNode result = JSON.readTree(body).path("results").get(0);
            assertThat(result.path("policyVersion").asInt()).as(body).isEqualTo(2);
            assertThat(result.path("awards").get(0).path("points").asInt()).as(body).isEqualTo(5);

            Files.writeString(drl, TinyVillage.drl("System.exit(1);"), StandardCharsets.UTF_8);
            await(() -> events.stream().anyMatch(PolicyFilesRejected.class::isInstance));
            PolicyFilesRejected rejected = (PolicyFilesRejected) events.stream()
                    .filter(PolicyFilesRejected.class::isInstance).findFirst().orElseThrow();
            assertThat(rejected.villageId()).isEqualTo(village);
            assertThat(rejected.description()).contains("patrol.drl:" + TinyVillage.CONSEQUENCE_LINE);
            assertThat(rejected.problems()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("patrol.drl");
                assertThat(p.line()).isEqualTo(TinyVillage.CONSEQUENCE_LINE);
            });
            assertThat(registry.cachedVersion(village)).hasValue(2);
            assertThat(points(registry.active(village).orElseThrow())).isEqualTo(5);

            Files.writeString(drl, TinyVillage.drl(7), StandardCharsets.UTF_8);
            await(() -> registry.cachedVersion(village).orElse(0) == 3);
            assertThat(points(registry.active(village).orElseThrow())).isEqualTo(7);

            String later = TinyVillage.id("watch-new");
            TinyVillage.write(rules, samples, later, 2);
            await(() -> registry.cachedVersion(later).orElse(0) == 1);
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static int points(CompiledPolicy policy) {
        Evidence patrol = new Evidence("p1", "PATROL", "m1", null, LocalDateTime.of(2026, 11, 18, 20, 0), 60, 1, 0,
                Evidence.APPROVED, Map.of());
        Evaluation evaluation = policy.evaluate(patrol, new Member("m1", "h1", Set.of("RESIDENT"), null),
                new MemberHistory());
        return evaluation.awards().get(0).points();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
