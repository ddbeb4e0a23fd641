package org.jifen.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.ToIntFunction;
import org.jifen.engine.policy.CompiledPolicy;

/**
 * Timed rounds on the current thread: evaluate the cases in a cycle until the time is up. The Jifen
 * and raw-Drools loops are written out separately on purpose: each keeps its timed call
 * monomorphic, so neither side pays for a shared lambda call site the JIT cannot inline.
 */
final class Timing {

    private static final int BATCH = 256;

    private Timing() {
    }

    static Round runJifen(CompiledPolicy policy, Case[] cases, long nanos) {
        long allocated0 = allocatedBytes();
        long cpu0 = cpuNanos();
        long gc0 = gcMillis();
        long start = System.nanoTime();
        long deadline = start + nanos;
        long n = 0;
        long acc = 0;
        int i = 0;
        long now;
        do {
            for (int k = 0; k < BATCH; k++) {
                Case c = cases[i];
                acc += policy.evaluate(c.evidence(), c.member(), c.history()).awards().size();
                if (++i == cases.length) {
                    i = 0;
                }
            }
            n += BATCH;
            now = System.nanoTime();
        } while (now < deadline);
        Sink.sink += acc;
        return new Round(n, now - start, cpuNanos() - cpu0, allocatedBytes() - allocated0, gcMillis() - gc0);
    }

    static Round runRaw(RawDrools raw, Case[] cases, long nanos) {
        long allocated0 = allocatedBytes();
        long cpu0 = cpuNanos();
        long gc0 = gcMillis();
        long start = System.nanoTime();
        long deadline = start + nanos;
        long n = 0;
        long acc = 0;
        int i = 0;
        long now;
        do {
            for (int k = 0; k < BATCH; k++) {
                acc += raw.evaluate(cases[i]);
                if (++i == cases.length) {
                    i = 0;
                }
            }
            n += BATCH;
            now = System.nanoTime();
        } while (now < deadline);
        Sink.sink += acc + raw.award.calls;
        return new Round(n, now - start, cpuNanos() - cpu0, allocatedBytes() - allocated0, gcMillis() - gc0);
    }

    static Round run(ToIntFunction<Case> work, Case[] cases, long nanos) {
        long allocated0 = allocatedBytes();
        long cpu0 = cpuNanos();
        long gc0 = gcMillis();
        long start = System.nanoTime();
        long deadline = start + nanos;
        long n = 0;
        long acc = 0;
        int i = 0;
        long now;
        do {
            for (int k = 0; k < BATCH; k++) {
                acc += work.applyAsInt(cases[i]);
                if (++i == cases.length) {
                    i = 0;
                }
            }
            n += BATCH;
            now = System.nanoTime();
        } while (now < deadline);
        Sink.sink += acc;
        return new Round(n, now - start, cpuNanos() - cpu0, allocatedBytes() - allocated0, gcMillis() - gc0);
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(gc.getCollectionTime(), 0);
        }
        return total;
    }
}
