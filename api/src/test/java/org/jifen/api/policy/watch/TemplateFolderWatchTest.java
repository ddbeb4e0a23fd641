package org.jifen.api.policy.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jifen.api.ApiTest;
import org.jifen.api.JifenApplication;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.TemplateStore;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.jifen.persistence.village.VillageMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The startup loader and the file watcher with {@code rules/_templates/}: the sample template
 * qionglai-county and the sample village huaqiu that extends it (copied under fresh ids) load at
 * start, the template is not a village, and a saved template republishes the village, or leaves
 * it on its last good version when the change breaks one of its cases.
 */
class TemplateFolderWatchTest extends ApiTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @Autowired
    private EmbeddedMariaDb database;

    @TempDir
    Path tree;

    @Test
    void loadsTemplatesAtStartAndASavedTemplateRepublishesOrKeepsItsVillages() throws Exception {
        String template = unique("qionglai");
        String village = unique("huaqiu");
        Path rules = tree.resolve("rules");
        Path samples = tree.resolve("samples");
        copy(REPO.resolve("rules/_templates/qionglai-county"), rules.resolve("_templates").resolve(template), template, village);
        copy(REPO.resolve("samples/_templates/qionglai-county"), samples.resolve("_templates").resolve(template), template, village);
        copy(REPO.resolve("rules/huaqiu"), rules.resolve(village), template, village);
        copy(REPO.resolve("samples/huaqiu"), samples.resolve(village), template, village);

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JifenApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + EmbeddedMariaDb.USER, "--spring.datasource.password=",
                        "--jifen.rules-dir=" + rules, "--jifen.samples-dir=" + samples, "--jifen.watch-files=true",
                        "--jifen.policy-sync.enabled=false")) {
            PolicyRegistry registry = app.getBean(PolicyRegistry.class);
            TemplateStore store = app.getBean(TemplateStore.class);
            assertThat(registry.cachedVersion(village)).hasValue(1);
            assertThat(registry.active(village).orElseThrow().sharesRuleBase()).isTrue();
            assertThat(store.latest(template).version()).isEqualTo(1);
            assertThat(app.getBean(VillageMapper.class).findById(template)).isNull();
            assertThat(registry.cachedVillages()).noneMatch(v -> v.startsWith("_"));
            assertThat(points(registry.active(village).orElseThrow(), "SKILL_TRAINING")).isEqualTo(2);

            Path list = rules.resolve("_templates").resolve(template).resolve("points-list.csv");
            edit(list, "参加技能培训,SKILL_TRAINING,2,", "参加技能培训,SKILL_TRAINING,3,");
            await(() -> registry.cachedVersion(village).orElse(0) == 2);
            assertThat(points(registry.active(village).orElseThrow(), "SKILL_TRAINING")).isEqualTo(3);

            edit(list, "乱扔垃圾,LITTERING,-3,", "乱扔垃圾,LITTERING,-4,"); // huaqiu's case expects -3
            await(() -> store.latest(template).version() == 3);
            assertThat(registry.cachedVersion(village)).hasValue(2);
            assertThat(points(registry.active(village).orElseThrow(), "LITTERING")).isEqualTo(-3);
        }
    }

    private static void copy(Path from, Path to, String template, String village) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("qionglai-county", template)
                        .replace("id: huaqiu", "id: " + village);
                Files.writeString(to.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static int points(CompiledPolicy policy, String type) {
        Evidence evidence = new Evidence("x1", type, "m1", null, LocalDateTime.of(2026, 11, 18, 9, 0), 150, 1, 0,
                Evidence.APPROVED, Map.of());
        return policy.evaluate(evidence, new Member("m1", "h1", Set.of("RESIDENT"), null), new MemberHistory())
                .awards().get(0).points();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 15 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
