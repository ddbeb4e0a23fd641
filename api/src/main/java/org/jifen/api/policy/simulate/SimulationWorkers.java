package org.jifen.api.policy.simulate;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The simulator's pool of daemon threads, shared by all simulations. */
final class SimulationWorkers {
    final int threads;
    private final ExecutorService pool;

    SimulationWorkers(int threads) {
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jifen-simulate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the tasks, a single one on the calling thread, and waits for all of them. */
    void runAll(List<Callable<Void>> tasks) {
        if (tasks.size() == 1) {
            try {
                tasks.get(0).call();
                return;
            } catch (Exception e) {
                throw new IllegalStateException("simulation failed", e);
            }
        }
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed", e.getCause());
        }
    }

    void shutdownNow() {
        pool.shutdownNow();
    }
}
