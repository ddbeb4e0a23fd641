package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jifen.api.web.ServiceBusyException;
import org.junit.jupiter.api.Test;

/**
 * The evaluation pool bounds how many batches run and wait, shares its threads fairly between
 * villages, and passes results and errors through.
 */
class EvaluationPoolTest {

    private static EvaluationSettings settings(int threads, int queue, int villageThreads, int villageQueue,
            Duration maxWait) {
        return new EvaluationSettings(threads, queue, villageThreads, villageQueue, maxWait,
                new EvaluationSettings.Budget(Duration.ofSeconds(10), 100_000, 10_000));
    }

    @Test
    void aFullPoolAnswersBusyAndFreesUpAgain() throws Exception {
        EvaluationPool pool = new EvaluationPool(settings(1, 1, 1, 8, Duration.ofSeconds(10)));
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<String> first = hold(pool, "a", release);
            CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> pool.run("b", false, () -> "queued"));
            waitUntil(() -> pool.queued() == 1, "the second batch never queued");
            assertThatThrownBy(() -> pool.run("c", false, () -> "third")).isInstanceOf(ServiceBusyException.class)
                    .hasMessageContaining("等待评估的请求已达上限");
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("held");
            assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("queued");
            assertThat(pool.run("c", false, () -> "again")).isEqualTo("again");
        } finally {
            release.countDown();
            pool.destroy();
        }
    }

    @Test
    void oneVillageHoldsAtMostItsShareAndAnotherVillageStillRuns() throws Exception {
        EvaluationPool pool = new EvaluationPool(settings(4, 64, 1, 1, Duration.ofSeconds(10)));
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<String> running = hold(pool, "busy", release);
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> pool.run("busy", false, () -> "next"));
            waitUntil(() -> pool.queued() == 1, "the village's second batch never waited");
            assertThat(pool.holding("busy")).isEqualTo(1);
            assertThatThrownBy(() -> pool.run("busy", false, () -> "third")).isInstanceOf(ServiceBusyException.class)
                    .hasMessageContaining("村 busy 同时提交的评估请求太多")
                    .satisfies(e -> assertThat(((ServiceBusyException) e).retryAfterSeconds()).isPositive());
            assertThat(pool.run("quiet", false, () -> "served at once")).isEqualTo("served at once");
            release.countDown();
            assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("held");
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("next");
            waitUntil(() -> pool.holding("busy") == 0 && pool.queued() == 0, "the lane was not emptied");
        } finally {
            release.countDown();
            pool.destroy();
        }
    }

    @Test
    void aConfinedVillageHoldsOneThreadAndAWaitPastMaxWaitIsRefusedAndWithdrawn() throws Exception {
        EvaluationPool pool = new EvaluationPool(settings(4, 64, 4, 8, Duration.ofMillis(300)));
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<String> running = hold(pool, "faulty", release);
            CountDownLatch ran = new CountDownLatch(1);
            assertThatThrownBy(() -> pool.run("faulty", true, () -> {
                ran.countDown();
                return "never";
            })).isInstanceOf(ServiceBusyException.class).hasMessageContaining("排队超过");
            assertThat(pool.queued()).isZero();
            release.countDown();
            assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("held");
            assertThat(ran.await(200, TimeUnit.MILLISECONDS)).as("a withdrawn batch never runs").isFalse();
            assertThat(pool.run("faulty", true, () -> "after")).isEqualTo("after");
        } finally {
            release.countDown();
            pool.destroy();
        }
    }

    @Test
    void exceptionsReachTheCallerUnchanged() {
        EvaluationPool pool = new EvaluationPool(settings(2, 4, 0, 4, Duration.ofSeconds(10)));
        try {
            IllegalArgumentException thrown = new IllegalArgumentException("bad");
            assertThatThrownBy(() -> pool.run("v", false, () -> {
                throw thrown;
            })).isSameAs(thrown);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); // the worker lets go just after the caller hears
            while (pool.holding("v") > 0 && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertThat(pool.holding("v")).isZero();
        } finally {
            pool.destroy();
        }
    }

    @Test
    void theCallersSecurityAndLoggingContextGoWithTheWork() {
        EvaluationPool pool = new EvaluationPool(settings(1, 1, 1, 1, Duration.ofSeconds(10)));
        try {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    new org.springframework.security.authentication.TestingAuthenticationToken("官员", "x"));
            org.slf4j.MDC.put("requestId", "req-42");
            assertThat(pool.run("v", false, () -> org.springframework.security.core.context.SecurityContextHolder
                    .getContext().getAuthentication().getName() + "/" + org.slf4j.MDC.get("requestId")))
                    .isEqualTo("官员/req-42");
            assertThat(pool.run("v", false, () -> org.slf4j.MDC.get("requestId"))).isEqualTo("req-42");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            org.slf4j.MDC.clear();
            pool.destroy();
        }
    }

    /** A batch of {@code village} that runs until {@code release}; returns once it runs. */
    private static CompletableFuture<String> hold(EvaluationPool pool, String village, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> pool.run(village, false, () -> {
            running.countDown();
            await(release);
            return "held";
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    private static void waitUntil(BooleanSupplier condition, String failure) throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(failure);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
