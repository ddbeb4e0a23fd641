package org.jifen.bench;

import java.util.Arrays;

/** One measured phase: operations, their latencies in nanoseconds, errors and wall time. */
record Latencies(long ops, long units, long errors, double seconds, long[] nanos) {

    static Latencies of(long ops, long units, long errors, double seconds, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(ops, units, errors, seconds, sorted);
    }

    /** Operations (requests, transactions) per second. */
    double rate() {
        return ops / seconds;
    }

    /** Units (evidence, rows) per second. */
    double unitRate() {
        return units / seconds;
    }

    /** The {@code p}-th percentile in milliseconds (nearest rank); NaN when nothing was measured. */
    double percentileMs(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }
}
