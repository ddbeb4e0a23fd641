package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jifen.api.web.ServiceBusyException;
import org.junit.jupiter.api.Test;

/** The evaluation pool bounds how many batches run and wait, and passes results and errors through. */
class EvaluationPoolTest {

    @Test
    void aFullPoolAnswersBusyAndFreesUpAgain() throws Exception {
        EvaluationPool pool = new EvaluationPool(new EvaluationPoolProperties(1, 1));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> pool.run(() -> {
                running.countDown();
                await(release);
                return "first";
            }));
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> pool.run(() -> "queued"));
            waitUntilQueued(pool);
            assertThatThrownBy(() -> pool.run(() -> "third")).isInstanceOf(ServiceBusyException.class);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("queued");
            assertThat(pool.run(() -> "again")).isEqualTo("again");
        } finally {
            release.countDown();
            pool.destroy();
        }
    }

    @Test
    void exceptionsReachTheCallerUnchanged() {
        EvaluationPool pool = new EvaluationPool(new EvaluationPoolProperties(2, 4));
        try {
            IllegalArgumentException thrown = new IllegalArgumentException("bad");
            assertThatThrownBy(() -> pool.run(() -> {
                throw thrown;
            })).isSameAs(thrown);
        } finally {
            pool.destroy();
        }
    }

    @Test
    void theCallersSecurityAndLoggingContextGoWithTheWork() {
        EvaluationPool pool = new EvaluationPool(new EvaluationPoolProperties(1, 1));
        try {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    new org.springframework.security.authentication.TestingAuthenticationToken("官员", "x"));
            org.slf4j.MDC.put("requestId", "req-42");
            assertThat(pool.run(() -> org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication().getName() + "/" + org.slf4j.MDC.get("requestId"))).isEqualTo("官员/req-42");
            assertThat(pool.run(() -> org.slf4j.MDC.get("requestId"))).isEqualTo("req-42");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            org.slf4j.MDC.clear();
            pool.destroy();
        }
    }

    private static void waitUntilQueued(EvaluationPool pool) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw e;
            }
            if (pool.queued() == 1) {
                return;
            }
        }
        throw new AssertionError("the second batch never queued");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
