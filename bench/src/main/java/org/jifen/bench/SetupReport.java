package org.jifen.bench;

import static org.jifen.bench.Settings.CASES;
import static org.jifen.bench.Settings.MEMBERS;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jifen.engine.policy.CompiledPolicy;

/** The report's opening sections: the environment and the workload. */
final class SetupReport {

    private SetupReport() {
    }

    static void printEnvironment(Path rulesDir) {
        Runtime rt = Runtime.getRuntime();
        System.out.println("# Jifen engine benchmark");
        System.out.println();
        System.out.printf(Locale.ROOT, "- java %s (%s), %s %s; availableProcessors %d; max heap %d MiB%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.arch"), rt.availableProcessors(), rt.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "- GC %s; rules %s%n",
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
                rulesDir);
        System.out.printf(Locale.ROOT, "- settings: warm-up %.0f s per side, %d rounds x %.0f s per side, %d cases, %d members, seed %d%n",
                Settings.WARMUP, Settings.ROUNDS, Settings.SECONDS, CASES, MEMBERS, Settings.SEED);
        System.out.println();
    }

    static void printWorkload(String villageId, CompiledPolicy policy, Shape shape, Workload work) {
        int[] entries = work.entriesPerMember().clone();
        Arrays.sort(entries);
        double mean = Arrays.stream(entries).average().orElse(0);
        double tallies = Arrays.stream(work.cases()).mapToInt(c -> c.tallies().size()).average().orElse(0);
        long approved = Arrays.stream(work.cases()).filter(c -> c.evidence().approved()).count();
        System.out.println("## Workload");
        System.out.println();
        System.out.printf(Locale.ROOT, "- village %s: %d rules, %d evidence types, attrs tested %s, roles tested %s%n",
                villageId, policy.rules().size(), shape.types().size(), shape.attrValues().keySet(), shape.roles());
        System.out.printf(Locale.ROOT, "- %d members (RESIDENT; 15%% PARTY_MEMBER, 10%% VOLUNTEER, 8%% each role the rules test)%n",
                MEMBERS);
        System.out.printf(Locale.ROOT, "- history per member (1–20 Nov 2026, credited through the policy): entries mean %.1f, median %d, max %d%n",
                mean, entries[entries.length / 2], entries[entries.length - 1]);
        System.out.printf(Locale.ROOT, "- %d distinct evidence on 21–30 Nov 2026, cycled: %.0f%% approved, types uniform; Tally facts per evaluation mean %.1f%n",
                CASES, 100.0 * approved / CASES, tallies);
        System.out.println();
    }
}
