package org.jifen.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed arrival rate, whatever the service does (open loop): request i is due at start + i/rate
 * and its latency is measured from that due time, not from when a thread got round to sending it,
 * so a stall counts against every request it delays (no coordinated omission).
 */
final class OpenLoop {

    private OpenLoop() {
    }

    static Latencies run(double rate, double seconds, int maxInFlight, ClosedLoop.Op op) throws Exception {
        int total = (int) Math.round(rate * seconds);
        long[] nanos = new long[total];
        AtomicLong errors = new AtomicLong();
        AtomicLong units = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(maxInFlight);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            senders.execute(() -> {
                try {
                    units.addAndGet(op.call());
                } catch (Exception e) {
                    if (errors.incrementAndGet() <= 3) {
                        System.err.println("  error: " + e.getMessage());
                    }
                }
                nanos[index] = System.nanoTime() - due;
            });
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return Latencies.of(total - errors.get(), units.get(), errors.get(), elapsed, nanos);
    }
}
