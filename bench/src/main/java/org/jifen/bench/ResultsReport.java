package org.jifen.bench;

import static org.jifen.bench.Settings.SECONDS;
import static org.jifen.bench.Stats.median;
import static org.jifen.bench.Stats.minMedianMax;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The report's closing sections: the results tables, where the time goes, and the goals. */
final class ResultsReport {

    private ResultsReport() {
    }

    static void printResults(String villageId, int rules, List<Round> a, List<Round> b, double coldCompileMs,
            boolean coldIsChosen, double jvmFirstEvalMs, double[] warmCompile, long[] heap, FreshPath fresh) {
        double[] ra = a.stream().mapToDouble(Round::rate).toArray();
        double[] rb = b.stream().mapToDouble(Round::rate).toArray();
        double[] ratio = new double[ra.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = ra[i] / rb[i];
        }
        double[] sa = minMedianMax(ra);
        double[] sb = minMedianMax(rb);
        double[] sr = minMedianMax(ratio);
        double allocA = median(a.stream().mapToDouble(Round::bytesPerEval).toArray());
        double allocB = median(b.stream().mapToDouble(Round::bytesPerEval).toArray());
        long gcA = a.stream().mapToLong(Round::gcMillis).sum();
        long gcB = b.stream().mapToLong(Round::gcMillis).sum();

        System.out.printf(Locale.ROOT, "## Results: %s (%d rules), one thread, %d rounds of %.0f s per side, A/B alternating%n%n",
                villageId, rules, a.size(), SECONDS);
        System.out.println("| measure | min | median | max |");
        System.out.println("| --- | ---: | ---: | ---: |");
        System.out.printf(Locale.ROOT, "| A. Jifen `CompiledPolicy.evaluate` (evals/s) | %,.0f | %,.0f | %,.0f |%n", sa[0], sa[1], sa[2]);
        System.out.printf(Locale.ROOT, "| B. raw Drools, same DRL and facts (evals/s) | %,.0f | %,.0f | %,.0f |%n", sb[0], sb[1], sb[2]);
        System.out.printf(Locale.ROOT, "| A/B per pair | %.3f | %.3f | %.3f |%n", sr[0], sr[1], sr[2]);
        double[] ca = minMedianMax(a.stream().mapToDouble(Round::cpuRate).toArray());
        double[] cb = minMedianMax(b.stream().mapToDouble(Round::cpuRate).toArray());
        double[] cr = new double[a.size()];
        for (int i = 0; i < cr.length; i++) {
            cr[i] = a.get(i).cpuRate() / b.get(i).cpuRate();
        }
        double[] scr = minMedianMax(cr);
        System.out.printf(Locale.ROOT, "| A. Jifen per CPU-second of the benchmark thread | %,.0f | %,.0f | %,.0f |%n", ca[0], ca[1], ca[2]);
        System.out.printf(Locale.ROOT, "| B. raw Drools per CPU-second of the benchmark thread | %,.0f | %,.0f | %,.0f |%n", cb[0], cb[1], cb[2]);
        System.out.printf(Locale.ROOT, "| A/B per pair, CPU time | %.3f | %.3f | %.3f |%n", scr[0], scr[1], scr[2]);
        System.out.printf(Locale.ROOT, "| A. mean latency (µs/eval) | %.2f | %.2f | %.2f |%n", 1e6 / sa[2], 1e6 / sa[1], 1e6 / sa[0]);
        System.out.printf(Locale.ROOT, "| B. mean latency (µs/eval) | %.2f | %.2f | %.2f |%n", 1e6 / sb[2], 1e6 / sb[1], 1e6 / sb[0]);
        System.out.printf(Locale.ROOT, "| compile, warm (ms; 20 compiles after 5 warm-ups) | %.1f | %.1f | %.1f |%n",
                warmCompile[0], warmCompile[1], warmCompile[2]);
        System.out.printf(Locale.ROOT, "| first evaluation of a fresh compile, warm JVM (ms; 20 compiles) | %.2f | %.2f | %.2f |%n",
                fresh.firstMs()[0], fresh.firstMs()[1], fresh.firstMs()[2]);
        System.out.printf(Locale.ROOT, "| second evaluation of a fresh compile (ms) | %.3f | %.3f | %.3f |%n",
                fresh.secondMs()[0], fresh.secondMs()[1], fresh.secondMs()[2]);
        System.out.printf(Locale.ROOT, "| mean of the first 1000 evaluations of a fresh compile (µs/eval) | %.1f | %.1f | %.1f |%n",
                fresh.first1000MeanUs()[0], fresh.first1000MeanUs()[1], fresh.first1000MeanUs()[2]);
        System.out.println();
        System.out.println("| single figure | value |");
        System.out.println("| --- | ---: |");
        System.out.printf(Locale.ROOT, "| compile, cold (first compile in a fresh JVM%s) | %.0f ms |%n",
                coldIsChosen ? "" : "; another village was compiled first", coldCompileMs);
        System.out.printf(Locale.ROOT, "| first evaluation in a fresh JVM (policy compiled, no session yet) | %.1f ms |%n", jvmFirstEvalMs);
        System.out.printf(Locale.ROOT, "| heap after GC per compiled policy (100 copies, no session) | %.0f KiB |%n", heap[0] / 1024.0);
        System.out.printf(Locale.ROOT, "| heap after GC per compiled policy with one pooled session | %.0f KiB |%n", heap[1] / 1024.0);
        System.out.printf(Locale.ROOT, "| allocation per evaluation, median round: A / B | %.0f B / %.0f B |%n", allocA, allocB);
        System.out.printf(Locale.ROOT, "| GC time during measured rounds: A / B | %d ms / %d ms |%n", gcA, gcB);
        System.out.println();
    }

    static void printGoals(List<Round> a, List<Round> b) {
        double[] ra = a.stream().mapToDouble(Round::rate).toArray();
        double[] ratio = new double[ra.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = ra[i] / b.get(i).rate();
        }
        double[] sa = minMedianMax(ra);
        double[] sr = minMedianMax(ratio);
        System.out.printf(Locale.ROOT, "Goal >= 100,000 evals/s per core: %s (median %,.0f)%n",
                sa[1] >= 100_000 ? "MET" : "NOT MET", sa[1]);
        System.out.printf(Locale.ROOT, "Goal >= 0.8x raw Drools: %s (median ratio %.3f, min %.3f)%n",
                sr[1] >= 0.8 ? "MET" : "NOT MET", sr[1], sr[0]);
    }

    static void printBreakdown(Breakdown d, List<Round> a, List<Round> b, Case[] cases) {
        double tallies = Arrays.stream(cases).mapToInt(c -> c.tallies().size()).average().orElse(0);
        double tested = Arrays.stream(cases).mapToInt(c -> c.testedTallies().size()).average().orElse(0);
        double usA = 1e6 / median(a.stream().mapToDouble(Round::rate).toArray());
        double usB = 1e6 / median(b.stream().mapToDouble(Round::rate).toArray());
        System.out.printf(Locale.ROOT, "## Where the time goes (informational; %d rounds of %.0f s, alternating P B C)%n%n", d.prep().size(), SECONDS);
        System.out.println("| component | median evals/s | median µs/eval | alloc B/eval |");
        System.out.println("| --- | ---: | ---: | ---: |");
        breakdownRow("A. Jifen evaluate (main rounds)", a);
        breakdownRow("B. raw Drools (main rounds)", b);
        System.out.printf(Locale.ROOT, "| A − B: the engine's own work per evaluation | | %.2f | |%n", usA - usB);
        breakdownRow("P. history preparation alone: PeriodTotals.of + tallies + streak", d.prep());
        breakdownRow(String.format(Locale.ROOT, "B. raw Drools, all Tally facts (%.1f per evaluation), again", tallies), d.raw());
        breakdownRow(String.format(Locale.ROOT, "C. raw Drools, only Tally facts some rule tests (%.2f per evaluation)", tested), d.rawTested());
        System.out.println();
    }

    private static void breakdownRow(String label, List<Round> rounds) {
        double rate = median(rounds.stream().mapToDouble(Round::rate).toArray());
        double alloc = median(rounds.stream().mapToDouble(Round::bytesPerEval).toArray());
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %.2f | %.0f |%n", label, rate, 1e6 / rate, alloc);
    }
}
