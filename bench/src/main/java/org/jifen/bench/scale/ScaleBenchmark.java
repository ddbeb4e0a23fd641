package org.jifen.bench.scale;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.template.Templates;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/**
 * 28,000 generated villages on one JVM, at engine level (compiler and compiled policies, no HTTP,
 * no database): about 95 % points lists over 10 templates, evaluated on the shared rule base, and
 * about 5 % with DRL of their own in a bounded cache like the service's. Prints the heap the
 * policies take, the time to load them, evaluation throughput across random villages against one
 * village in the same process, and the first evaluation of an evicted DRL village. Not a test.
 *
 * <p>Usage (from the repository root, after {@code mvn -q -o -f bench/pom.xml package}):
 * {@code java -Xmx3g -cp 'bench/target/classes:bench/target/lib/*' org.jifen.bench.scale.ScaleBenchmark}.
 * System properties: {@code bench.villages} [28000], {@code bench.templates} [10], {@code bench.drlEvery}
 * [20: every 20th village has DRL], {@code bench.drlCache} [1000], {@code bench.seconds} [3] per round,
 * {@code bench.rounds} [5], {@code bench.seed} [20261124].
 */
public final class ScaleBenchmark {

    static final int VILLAGES = Integer.getInteger("bench.villages", 28_000);
    static final int TEMPLATES = Integer.getInteger("bench.templates", 10);
    static final int DRL_EVERY = Integer.getInteger("bench.drlEvery", 20);
    static final int DRL_CACHE = Integer.getInteger("bench.drlCache", 1_000);
    static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "3"));
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final long SEED = Long.getLong("bench.seed", 20261124L);

    private ScaleBenchmark() {
    }

    static boolean isDrl(int index) {
        return index % DRL_EVERY == DRL_EVERY - 1;
    }

    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB; %d villages, %d templates, every %dth DRL,"
                + " DRL cache %d%n", System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20,
                VILLAGES, TEMPLATES, DRL_EVERY, DRL_CACHE);
        PolicyCompiler compiler = new PolicyCompiler();
        ScaleVillages villages = new ScaleVillages(TEMPLATES, SEED);
        villages.templates().forEach(t -> compiler.compile(Templates.asVillage(t), 1));
        compiler.compile(villages.drlVillage(DRL_EVERY - 1), 1); // Drools warm: the first compile in a JVM is slow
        compiler.compile(villages.listVillage(0), 1);
        long base = usedHeap();

        long t0 = System.nanoTime();
        CompiledPolicy[] lists = new CompiledPolicy[VILLAGES];
        IntStream.range(0, VILLAGES).parallel().filter(i -> !isDrl(i))
                .forEach(i -> lists[i] = compiler.compile(villages.listVillage(i), 1));
        long listNanos = System.nanoTime() - t0;
        long afterLists = usedHeap();
        DrlCache drl = new DrlCache(DRL_CACHE, compiler, villages::drlVillage);
        int[] drlAll = IntStream.range(0, VILLAGES).filter(ScaleBenchmark::isDrl).toArray();
        int drlCount = drlAll.length;
        long t1 = System.nanoTime();
        int[] warm = java.util.Arrays.copyOfRange(drlAll, Math.max(0, drlCount - DRL_CACHE), drlCount);
        CompiledPolicy[] compiled = new CompiledPolicy[warm.length];
        IntStream.range(0, warm.length).parallel().forEach(k -> compiled[k] = compiler.compile(villages.drlVillage(warm[k]), 1));
        for (int k = 0; k < warm.length; k++) {
            drl.put(warm[k], compiled[k]);
        }
        long drlNanos = System.nanoTime() - t1;
        long afterAll = usedHeap();
        int listCount = VILLAGES - drlCount;
        long shared = IntStream.range(0, VILLAGES).filter(i -> lists[i] != null && lists[i].sharesRuleBase()).count();
        System.out.printf(Locale.ROOT, "loaded %d list villages (%d on the shared rule base) in %.1f s; compiled %d of"
                + " %d DRL villages into the cache in %.1f s, the rest compile on first use%n", listCount, shared,
                listNanos / 1e9, drl.size(), drlCount, drlNanos / 1e9);

        List<Evidence> evidence = evidence(new Random(SEED));
        Member[] members = {new Member("m1", "h1", Set.of("RESIDENT"), null),
            new Member("m2", "h2", Set.of("RESIDENT", "PARTY_MEMBER"), null)};
        int[] listIds = IntStream.range(0, VILLAGES).filter(i -> lists[i] != null).toArray();
        int one = listIds[0];
        Throughput single = new Throughput(lists, new int[] {one}, evidence, members);
        Throughput random = new Throughput(lists, listIds, evidence, members);
        single.run(SECONDS);
        random.run(SECONDS);
        double[] a = new double[ROUNDS];
        double[] b = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            a[r] = single.run(SECONDS);
            b[r] = random.run(SECONDS);
        }
        double medianA = median(a);
        double medianB = median(b);

        int[] drlIds = IntStream.range(0, VILLAGES).filter(ScaleBenchmark::isDrl).filter(drl::contains).toArray();
        CompiledPolicy[] drlPolicies = new CompiledPolicy[VILLAGES];
        for (int id : drlIds) {
            drlPolicies[id] = drl.get(id);
        }
        Throughput drlSingle = new Throughput(drlPolicies, new int[] {drlIds[0]}, evidence, members);
        Throughput drlRandom = new Throughput(drlPolicies, drlIds, evidence, members);
        drlSingle.run(SECONDS);
        drlRandom.run(SECONDS);
        double drlA = drlSingle.run(SECONDS);
        double drlB = drlRandom.run(SECONDS);

        List<Double> firstEvals = new ArrayList<>();
        List<Double> firstCpu = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < VILLAGES && firstEvals.size() < 20; i++) {
            if (isDrl(i) && !drl.contains(i)) {
                long cpu = os.getProcessCpuTime();
                long t = System.nanoTime();
                drl.get(i).evaluate(evidence.get(i % evidence.size()), members[0], new MemberHistory());
                firstEvals.add((System.nanoTime() - t) / 1e6);
                firstCpu.add((os.getProcessCpuTime() - cpu) / 1e6);
            }
        }
        double[] first = firstEvals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] firstOnCpu = firstCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();

        double policiesMib = (afterAll - base) / 1048576.0;
        System.out.println();
        System.out.println("| measure | figure | goal |");
        System.out.println("| --- | ---: | --- |");
        row("villages loaded (list / own DRL)", listCount + " / " + drlCount, "28,000, ~95 % lists");
        row("heap for policies after GC (all lists + " + drl.size() + " DRL kept)", mib(afterAll - base), "≤ 2 GB");
        row("  of which list villages", mib(afterLists - base) + String.format(Locale.ROOT, " (%.1f KiB each)",
                (afterLists - base) / 1024.0 / listCount), "");
        row("  of which DRL villages kept", mib(afterAll - afterLists) + String.format(Locale.ROOT, " (%.0f KiB each)",
                (afterAll - afterLists) / 1024.0 / Math.max(1, drl.size())), "");
        row("time to load all list villages (" + rt.availableProcessors() + " threads)", fmt(listNanos / 1e9) + " s", "");
        row("time to compile " + drl.size() + " DRL villages into the cache (" + rt.availableProcessors() + " threads)",
                fmt(drlNanos / 1e9) + " s", "");
        row("evals/s, one list village (median of " + ROUNDS + ")", fmt0(medianA), "");
        row("evals/s, random list villages (median of " + ROUNDS + ")", fmt0(medianB), "");
        row("ratio random / one (list villages)", String.format(Locale.ROOT, "%.2f", medianB / medianA), "≥ 0.8");
        row("evals/s, one DRL village / random cached DRL villages", fmt0(drlA) + " / " + fmt0(drlB)
                + String.format(Locale.ROOT, " (%.2f)", drlB / drlA), "informational");
        row("first evaluation of an evicted DRL village (20: median / max), wall", fmt(first[first.length / 2]) + " / "
                + fmt(first[first.length - 1]) + " ms", "≤ 300 ms");
        row("  the same, CPU time of the process (compiling runs on another thread; median / max)", fmt(firstOnCpu[firstOnCpu.length / 2]) + " / "
                + fmt(firstOnCpu[firstOnCpu.length - 1]) + " ms", "");
        System.out.printf(Locale.ROOT, "%npolicies heap %.0f MiB; checksum %d%n", policiesMib,
                single.sink() + random.sink() + drlSingle.sink() + drlRandom.sink());
    }

    static List<Evidence> evidence(Random random) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            LocalDateTime at = LocalDateTime.of(2026, 11, 1 + random.nextInt(28), 6 + random.nextInt(14), 0);
            String status = random.nextInt(100) < 85 ? Evidence.APPROVED : Evidence.PENDING;
            evidence.add(new Evidence("e" + i, ScaleVillages.TYPES[random.nextInt(ScaleVillages.TYPES.length)], "m1",
                    null, at, random.nextInt(6) * 30, 1, 0, status, Map.of()));
        }
        return evidence;
    }

    static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void row(String measure, String figure, String goal) {
        System.out.println("| " + measure + " | " + figure + " | " + goal + " |");
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fmt0(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
