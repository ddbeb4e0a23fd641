package org.jifen.bench;

import static org.jifen.bench.Stats.minMedianMax;
import static org.jifen.bench.Stats.ms;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;

/** What a compiled policy costs besides evaluation: compile time, heap, and its first evaluations. */
final class PolicyCosts {

    private PolicyCosts() {
    }

    /** Median of 20 compiles after 5 warm-ups; [min, median, max] in ms. */
    static double[] warmCompileMs(PolicyCompiler compiler, PolicySource source) {
        for (int i = 0; i < 5; i++) {
            compiler.compile(source, 100 + i).close();
        }
        double[] times = new double[20];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            CompiledPolicy p = compiler.compile(source, 200 + i);
            times[i] = ms(System.nanoTime() - t0);
            p.close();
        }
        return minMedianMax(times);
    }

    /**
     * Heap used after GC per compiled policy: 100 copies kept alive, (after - before) / 100; then
     * again once each has evaluated one evidence and so holds one pooled KieSession. In bytes.
     */
    static long[] heapPerPolicy(PolicyCompiler compiler, PolicySource source, Case one) {
        final int copies = 100;
        long before = usedAfterGc();
        List<CompiledPolicy> kept = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            kept.add(compiler.compile(source, 1000 + i));
        }
        long compiled = usedAfterGc();
        for (CompiledPolicy p : kept) {
            Sink.sink += p.evaluate(one.evidence(), one.member(), one.history()).awards().size();
        }
        long withSession = usedAfterGc();
        Sink.sink += kept.size();
        kept.forEach(CompiledPolicy::close);
        kept.clear();
        return new long[] {(compiled - before) / copies, (withSession - before) / copies};
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    static FreshPath freshPolicyPath(PolicyCompiler compiler, PolicySource source, Case[] cases) {
        final int copies = 20;
        final int evals = 1000;
        double[] first = new double[copies];
        double[] second = new double[copies];
        double[] mean = new double[copies];
        for (int r = 0; r < copies; r++) {
            CompiledPolicy p = compiler.compile(source, 2000 + r);
            long start = System.nanoTime();
            long prev = start;
            for (int i = 0; i < evals; i++) {
                Case c = cases[(r * 131 + i) % cases.length];
                Sink.sink += p.evaluate(c.evidence(), c.member(), c.history()).awards().size();
                long now = System.nanoTime();
                if (i == 0) {
                    first[r] = ms(now - prev);
                } else if (i == 1) {
                    second[r] = ms(now - prev);
                }
                prev = now;
            }
            mean[r] = (System.nanoTime() - start) / 1e3 / evals;
            p.close();
        }
        return new FreshPath(minMedianMax(first), minMedianMax(second), minMedianMax(mean));
    }
}
