package org.jifen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code threads} threads each doing one operation after another for a fixed time, timing each. */
final class ClosedLoop {

    /** One operation; returns its units (evidence, rows), or throws to count an error. */
    interface Op {
        int call() throws Exception;
    }

    private ClosedLoop() {
    }

    static Latencies run(int threads, double seconds, Op op) throws Exception {
        return run(threads, seconds, op, null);
    }

    /** As {@link #run(int, double, Op)}; a thread stops early when its operation throws {@code stop}. */
    static Latencies run(int threads, double seconds, Op op, Class<? extends Exception> stop) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] nanos = new long[1024];
                long n = 0;
                long units = 0;
                long errors = 0;
                long now = System.nanoTime();
                while (now < end) {
                    try {
                        units += op.call();
                    } catch (Exception e) {
                        if (stop != null && stop.isInstance(e)) {
                            break;
                        }
                        errors++;
                        if (errors <= 3) {
                            System.err.println("  error: " + e.getMessage());
                        }
                    }
                    long done = System.nanoTime();
                    if (n == nanos.length) {
                        nanos = java.util.Arrays.copyOf(nanos, nanos.length * 2);
                    }
                    nanos[(int) n++] = done - now;
                    now = done;
                }
                return new long[][] {{n, units, errors}, java.util.Arrays.copyOf(nanos, (int) n)};
            }));
        }
        long ops = 0;
        long units = 0;
        long errors = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[][]> f : futures) {
            long[][] r = f.get();
            ops += r[0][0];
            units += r[0][1];
            errors += r[0][2];
            all.add(r[1]);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return Latencies.of(ops - errors, units, errors, elapsed, all.stream().flatMapToLong(java.util.Arrays::stream).toArray());
    }
}
