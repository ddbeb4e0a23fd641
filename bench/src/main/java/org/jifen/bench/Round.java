package org.jifen.bench;

/** One timed round: evaluations, elapsed time, bytes allocated by this thread and GC time. */
record Round(long evaluations, long nanos, long cpuNanos, long allocated, long gcMillis) {
    double rate() {
        return evaluations * 1e9 / nanos;
    }

    /** Evaluations per second of this thread's CPU time: what the thread got of its core. */
    double cpuRate() {
        return evaluations * 1e9 / cpuNanos;
    }

    /** Share of the wall time the benchmark thread was on a CPU; well below 1 means a noisy round. */
    double onCpu() {
        return (double) cpuNanos / nanos;
    }

    double bytesPerEval() {
        return allocated < 0 ? Double.NaN : (double) allocated / evaluations;
    }
}
