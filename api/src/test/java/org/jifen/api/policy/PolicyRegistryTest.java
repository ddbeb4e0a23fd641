package org.jifen.api.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jifen.api.ApiTest;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bounded policy cache: least recently used out, one compile per miss, versions never go back. */
class PolicyRegistryTest extends ApiTest {

    @Autowired
    private PolicyPublisher publisher;

    @Autowired
    private PolicyVersionMapper versions;

    @Test
    void evictsTheLeastRecentlyUsedVillageWhichRecompilesOnItsNextUse() {
        String a = published("lru-a");
        String b = published("lru-b");
        String c = published("lru-c");
        PolicyRegistry registry = new PolicyRegistry(versions, 2);

        CompiledPolicy first = registry.active(a).orElseThrow();
        registry.active(b);
        assertThat(registry.active(a)).containsSame(first); // a hit: a is now more recent than b
        registry.active(c);

        assertThat(registry.cachedVillages()).containsExactlyInAnyOrder(a, c);
        assertThat(registry.compilations()).isEqualTo(3);

        CompiledPolicy again = registry.active(b).orElseThrow();
        assertThat(again.version()).isEqualTo(1);
        assertThat(registry.compilations()).isEqualTo(4);
        assertThat(registry.cachedVillages()).containsExactlyInAnyOrder(c, b);
        assertThat(registry.size()).isEqualTo(2);
        assertThat(registry.active("no-such-village")).isEmpty();
    }

    @Test
    void concurrentFirstUseCompilesOnce() throws Exception {
        String village = published("once");
        PolicyRegistry registry = new PolicyRegistry(versions, 10);
        int threads = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CompiledPolicy>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return registry.active(village).orElseThrow();
                }));
            }
            go.countDown();
            CompiledPolicy one = results.get(0).get();
            for (Future<CompiledPolicy> result : results) {
                assertThat(result.get()).isSameAs(one);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.compilations()).isEqualTo(1);
    }

    @Test
    void neverReplacesANewerVersionWithAnOlderOne() {
        String village = TinyVillage.id("order");
        PolicyCompiler compiler = new PolicyCompiler();
        PolicyRegistry registry = new PolicyRegistry(versions, 10);
        CompiledPolicy v2 = compiler.compile(TinyVillage.source(village, 2), 2);
        registry.activate(v2);
        registry.activate(compiler.compile(TinyVillage.source(village, 1), 1));
        assertThat(registry.active(village)).containsSame(v2);
        CompiledPolicy v3 = compiler.compile(TinyVillage.source(village, 3), 3);
        registry.activate(v3);
        assertThat(registry.active(village)).containsSame(v3);
    }

    @Test
    void refreshActivatesANewerVersionAndAFutureOneOnceItsTimeHasCome() throws InterruptedException {
        String village = published("later");
        PolicyRegistry registry = new PolicyRegistry(versions, 10);
        assertThat(registry.active(village).orElseThrow().version()).isEqualTo(1);

        publisher.publish(org.jifen.api.policy.PublishCommand.of(TinyVillage.source(village, 4), "test", "v2"));
        assertThat(registry.cachedVersion(village)).hasValue(1);
        assertThat(registry.refresh(village).version()).isEqualTo(2);

        LocalDateTime effective = LocalDateTime.now().plusSeconds(1);
        PolicySource v3 = TinyVillage.source(village, 5);
        versions.insert(new PolicyVersionRow(village, 3, v3.contentHash(), PolicyFiles.toJson(v3.files()), "test",
                "future", effective, null));
        assertThat(registry.refresh(village).version()).as("not in effect yet").isEqualTo(2);
        registry.refreshDue();
        assertThat(registry.cachedVersion(village)).hasValue(2);

        while (LocalDateTime.now().isBefore(effective.plusNanos(50_000_000))) {
            Thread.sleep(50);
        }
        registry.refreshDue();
        assertThat(registry.cachedVersion(village)).hasValue(3);
    }

    @Test
    void listOnlyVillagesShareOneRuleBaseAndDoNotCountTowardTheBound() {
        String drlA = published("own-a");
        String drlB = published("own-b");
        String listA = publishedList("list-a");
        String listB = publishedList("list-b");
        PolicyRegistry registry = new PolicyRegistry(versions, 1);

        assertThat(registry.active(listA).orElseThrow().sharesRuleBase()).isTrue();
        registry.active(drlA);
        registry.active(listB);
        registry.active(drlB);

        assertThat(registry.cachedVillages()).containsExactlyInAnyOrder(listA, listB, drlB);
        assertThat(registry.ownRuleBases()).isEqualTo(1);
        assertThat(registry.active(drlA).orElseThrow().sharesRuleBase()).isFalse();
        assertThat(registry.cachedVillages()).containsExactlyInAnyOrder(listA, listB, drlA);
        assertThat(registry.ownRuleBases()).isEqualTo(1);
    }

    private String publishedList(String prefix) {
        String village = TinyVillage.id(prefix);
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        files.put("village.yaml", TinyVillage.villageYaml(village));
        files.put("points-list.csv", "item,type,points\n巡逻,PATROL,3\n");
        files.put("cases.yaml", TinyVillage.cases());
        assertThat(publisher.publish(org.jifen.api.policy.PublishCommand.of(new PolicySource(village, files), "test", "first")).version()).isEqualTo(1);
        return village;
    }

    private String published(String prefix) {
        String village = TinyVillage.id(prefix);
        assertThat(publisher.publish(org.jifen.api.policy.PublishCommand.of(TinyVillage.source(village, 3), "test", "first")).version()).isEqualTo(1);
        return village;
    }
}
