package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One village's load cannot delay another's: while concurrent batches keep a village with a slow
 * but allowed policy busy, single evaluations of another village stay under 1 s at p99. The slow
 * village holds at most its share of the evaluation pool; its surplus batches wait in its own lane
 * or get 503 with Retry-After, never 500.
 */
class VillageIsolationTest extends BulkheadTest {

    private static final int LOADERS = 4;
    private static final int SAMPLES = 100;

    @Autowired
    private EvaluationPool pool;

    @Autowired
    private EvaluationSettings settings;

    @Test
    void aLoadedSlowVillageDoesNotSlowAnotherVillage() throws Exception {
        String slow = unique("slow");
        publishVillage(slow, SLOW_DRL, "");
        String slowMember = unique("m");
        memberWithHistory(slow, slowMember, SLOW_HISTORY);
        String fast = unique("fast");
        publishVillage(fast, FAST_DRL, "");
        String fastMember = unique("m");
        register(fast, fastMember);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger slowBatches = new AtomicInteger();
        Set<Integer> slowStatuses = ConcurrentHashMap.newKeySet();
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        List<Future<?>> load = new ArrayList<>();
        try {
            for (int t = 0; t < LOADERS; t++) {
                load.add(loaders.submit(() -> {
                    while (!stop.get()) {
                        Response response = post(evaluations(slow), slowBatch(unique("l"), slowMember, 20));
                        slowStatuses.add(response.status());
                        if (response.status() == 503) {
                            assertThat(response.isProblem()).isTrue();
                            assertThat(response.body().path("detail").asText()).contains("村 " + slow);
                        }
                        slowBatches.incrementAndGet();
                    }
                    return null;
                }));
            }
            waitUntilBusy(slow);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) {
                long start = System.nanoTime();
                Response response = post(evaluations(fast), batch(false,
                        evidence(unique("p"), "PATROL", fastMember)));
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                assertThat(pool.holding(slow)).as("the slow village holds at most its share")
                        .isLessThanOrEqualTo(settings.effectiveVillageThreads());
            }
            Collections.sort(millis);
            long p99 = millis.get((int) Math.ceil(0.99 * millis.size()) - 1);
            assertThat(Duration.ofMillis(p99)).as("p99 of the other village, all: %s", millis)
                    .isLessThan(Duration.ofSeconds(1));
        } finally {
            stop.set(true);
            for (Future<?> f : load) {
                f.get(60, TimeUnit.SECONDS);
            }
            loaders.shutdownNow();
        }
        assertThat(slowBatches.get()).isPositive();
        assertThat(slowStatuses).as("the slow village is served or told to retry, never a 500").isSubsetOf(200, 503);
        // with village-threads as large as the pool (no share), the same load took this village's p99 to about 10 s
        assertThat(ledgerRows(fast, fastMember)).isEqualTo(SAMPLES);
    }

    private void waitUntilBusy(String village) throws InterruptedException {
        for (int i = 0; i < 500 && pool.holding(village) == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(pool.holding(village)).as("the slow village is evaluating").isPositive();
        Thread.sleep(500);
    }
}
