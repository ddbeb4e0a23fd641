package org.jifen.api.evaluation;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jifen.api.web.ServiceBusyException;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs evaluation batches on a bounded pool that villages share fairly, so that however many
 * requests arrive, and whatever a policy does, only so many evaluate at once, request threads stay
 * free, and one village's load cannot take the threads another needs. A village holds at most
 * {@code villageThreads} threads (one when confined: its policy is faulty); its further batches
 * wait in the village's own lane, in order. A batch gets 503 with Retry-After when its lane or the
 * pool's queue is full, or when it has waited {@code maxWait} without starting.
 */
@Component
class EvaluationPool implements DisposableBean {

    /** A village's batches: those holding a thread (admitted or running) and those waiting for one. */
    private static final class Lane {
        int holding;
        int share;
        final ArrayDeque<PooledBatch<?>> waiting = new ArrayDeque<>();
    }

    private final ThreadPoolExecutor executor;
    private final int villageThreads;
    private final int villageQueue;
    private final int queue;
    private final long maxWaitNanos;
    /** Guarded by this, with {@link #waiting} and every batch's state. */
    private final Map<String, Lane> lanes = new HashMap<>();
    /** Batches not started yet: in lanes or admitted to the executor's queue. */
    private int waiting;

    EvaluationPool(EvaluationSettings settings) {
        AtomicInteger count = new AtomicInteger();
        int threads = settings.effectiveThreads();
        executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "jifen-evaluation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        villageThreads = settings.effectiveVillageThreads();
        villageQueue = Math.max(0, settings.villageQueue());
        queue = Math.max(1, settings.queue());
        maxWaitNanos = settings.maxWait().toNanos();
    }

    /**
     * Runs {@code work} for {@code village} on the pool and waits for it; its exceptions reach the
     * caller unchanged. The caller's security context (who is acting) and logging context (the
     * request id) go with it. {@code confined}: the village may hold one thread only.
     */
    <T> T run(String village, boolean confined, Supplier<T> work) {
        SecurityContext security = SecurityContextHolder.getContext();
        Map<String, String> logging = MDC.getCopyOfContextMap();
        PooledBatch<T> batch = new PooledBatch<>(this, village, () -> {
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
        admit(batch, confined ? 1 : villageThreads);
        try {
            try {
                return batch.get(maxWaitNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (withdraw(batch)) {
                    throw new ServiceBusyException("村 " + village + " 的评估请求排队超过 "
                            + Math.max(1, TimeUnit.NANOSECONDS.toSeconds(maxWaitNanos))
                            + " 秒仍未开始（本村的评估线程都在用）；请稍后用同一请求重试，重复提交不会重复记分", 5);
                }
                return batch.get(); // already running: its request budget bounds it
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            withdraw(batch);
            batch.cancel(true);
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("评估被中断；请用同一请求重试");
        }
    }

    private synchronized void admit(PooledBatch<?> batch, int share) {
        Lane lane = lanes.computeIfAbsent(batch.village, v -> new Lane());
        lane.share = share;
        if (waiting >= queue) {
            forgetIfIdle(batch.village, lane);
            throw new ServiceBusyException("评估服务繁忙：等待评估的请求已达上限 " + queue + " 批；请稍后用同一请求重试");
        }
        if (lane.holding < share) {
            waiting++;
            dispatch(lane, batch);
        } else if (lane.waiting.size() < villageQueue) {
            waiting++;
            lane.waiting.add(batch);
        } else {
            forgetIfIdle(batch.village, lane);
            throw new ServiceBusyException("村 " + batch.village + " 同时提交的评估请求太多：已有 " + lane.holding
                    + " 批在评估、" + lane.waiting.size() + " 批在排队，达到本村的上限；请稍后用同一请求重试，"
                    + "重复提交不会重复记分", 2);
        }
    }

    private void dispatch(Lane lane, PooledBatch<?> batch) {
        lane.holding++;
        batch.state = PooledBatch.State.ADMITTED;
        try {
            executor.execute(batch);
        } catch (RejectedExecutionException e) { // shutting down: a caller still waiting is woken by the cancel
            lane.holding--;
            waiting--;
            batch.state = PooledBatch.State.WITHDRAWN;
            batch.cancel(false);
            throw new ServiceBusyException("评估服务正在停止；请稍后重试");
        }
    }

    /** Called by a worker: false when the batch was withdrawn meanwhile (it then must not run). */
    synchronized boolean starting(PooledBatch<?> batch) {
        if (batch.state == PooledBatch.State.WITHDRAWN) {
            return false;
        }
        batch.state = PooledBatch.State.RUNNING;
        waiting--;
        return true;
    }

    synchronized void finished(PooledBatch<?> batch) {
        release(batch.village);
    }

    /** Takes a batch that has not started out of the pool; false when it already runs. */
    private synchronized boolean withdraw(PooledBatch<?> batch) {
        Lane lane = lanes.get(batch.village);
        if (batch.state == PooledBatch.State.WAITING) {
            lane.waiting.remove(batch);
            forgetIfIdle(batch.village, lane);
        } else if (batch.state == PooledBatch.State.ADMITTED) {
            executor.remove(batch);
            release(batch.village);
        } else {
            return false;
        }
        batch.state = PooledBatch.State.WITHDRAWN;
        waiting--;
        return true;
    }

    /** A thread of the village is free again: its next waiting batches get it. */
    private void release(String village) {
        Lane lane = lanes.get(village);
        lane.holding--;
        while (lane.holding < lane.share && !lane.waiting.isEmpty()) {
            dispatch(lane, lane.waiting.poll());
        }
        forgetIfIdle(village, lane);
    }

    private void forgetIfIdle(String village, Lane lane) {
        if (lane.holding == 0 && lane.waiting.isEmpty()) {
            lanes.remove(village);
        }
    }

    /** Batches waiting for a thread, all villages together. */
    synchronized int queued() {
        return waiting;
    }

    /** Batches of {@code village} holding a thread now (admitted or running). */
    synchronized int holding(String village) {
        Lane lane = lanes.get(village);
        return lane == null ? 0 : lane.holding;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
