package org.jifen.api.evaluation;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jifen.api.web.ServiceBusyException;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs evaluation batches on a bounded pool, so that however many requests arrive, and whatever a
 * policy does, only so many evaluate at once and request threads stay free; a full pool answers 503.
 */
@Component
class EvaluationPool implements DisposableBean {

    private final ThreadPoolExecutor executor;

    EvaluationPool(EvaluationPoolProperties properties) {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(properties.effectiveThreads(), properties.effectiveThreads(), 60,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, properties.queue())), r -> {
                    Thread thread = new Thread(r, "jifen-evaluation-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs {@code work} on the pool and waits for it; its exceptions reach the caller unchanged.
     * The caller's security context (who is acting) and logging context (the request id) go with it.
     */
    <T> T run(Supplier<T> work) {
        SecurityContext security = SecurityContextHolder.getContext();
        Map<String, String> logging = MDC.getCopyOfContextMap();
        Future<T> future;
        try {
            future = executor.submit(() -> {
                SecurityContextHolder.setContext(security);
                if (logging != null) {
                    MDC.setContextMap(logging);
                }
                try {
                    return work.get();
                } finally {
                    SecurityContextHolder.clearContext();
                    MDC.clear();
                }
            });
        } catch (RejectedExecutionException e) {
            throw new ServiceBusyException("too many evaluations are waiting; retry shortly");
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("the request was interrupted while evaluating");
        }
    }

    /** Batches waiting for a thread. */
    int queued() {
        return executor.getQueue().size();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
