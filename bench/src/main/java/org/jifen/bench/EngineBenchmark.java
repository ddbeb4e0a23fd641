package org.jifen.bench;

import static org.jifen.bench.Settings.ROUNDS;
import static org.jifen.bench.Settings.SECONDS;
import static org.jifen.bench.Settings.SEED;
import static org.jifen.bench.Settings.WARMUP;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.facts.Village;
import org.kie.api.KieBase;

/**
 * Engine throughput on one thread for the largest sample village, against raw Drools on the same
 * rules and the same facts in the same JVM; plus compile time, heap per compiled policy and the
 * cold first evaluation. A small benchmark, not a test: it prints figures and never fails on them.
 *
 * <p>Usage: {@code java -Xmx2g -cp 'bench/target/classes:bench/target/lib/*'
 * org.jifen.bench.EngineBenchmark [rulesDir]}. System properties (defaults in brackets):
 * {@code bench.seconds} [5] per measured round, {@code bench.warmup} [5] seconds of warm-up per
 * side, {@code bench.rounds} [5] measured A/B pairs, {@code bench.extraRounds} [3] rounds of the
 * informational breakdown (0 skips it), {@code bench.cases} [4096] distinct
 * evidence, {@code bench.members} [500], {@code bench.seed} [20261124], {@code bench.village}
 * (force a village instead of the largest).
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path rulesDir = args.length > 0 ? Path.of(args[0]) : VillageSurvey.locateRules();
        PolicyCompiler compiler = new PolicyCompiler();
        SetupReport.printEnvironment(rulesDir);

        // 1. The largest village, compiled first so that the cold compile is of the benchmarked one.
        VillageSurvey villages = VillageSurvey.compile(rulesDir, compiler);
        villages.print();
        Path chosen = villages.chosen();

        // 2. The workload: members with a month of history, and evidence to evaluate.
        PolicySource source = VillageSurvey.read(chosen);
        String villageId = source.villageId();
        Shape shape = Shape.of(source);
        CompiledPolicy policy = compiler.compile(source, 1);
        Workload work = Workload.generate(policy, shape, new Random(SEED));
        Village village = policy.config().fact();
        SetupReport.printWorkload(villageId, policy, shape, work);

        // 3. Raw Drools on the same files, and a check that both see the same awards.
        KieBase rawBase = RawDrools.kieBase(source);
        RawDrools raw = new RawDrools(rawBase, village, false);
        RawDrools rawTested = new RawDrools(rawBase, village, true);
        CrossCheck.run(policy, raw, rawTested, work.cases());

        // 4. Throughput, one thread: warm-up, then alternating A/B rounds.
        long warmNanos = (long) (WARMUP * 1e9);
        long roundNanos = (long) (SECONDS * 1e9);
        Round wa = Timing.runJifen(policy, work.cases(), warmNanos);
        Round wb = Timing.runRaw(raw, work.cases(), warmNanos);
        System.out.printf(Locale.ROOT, "Warm-up: Jifen %,.0f evals/s, raw Drools %,.0f evals/s (%.0f s each, not counted)%n%n",
                wa.rate(), wb.rate(), WARMUP);
        List<Round> a = new ArrayList<>();
        List<Round> b = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            a.add(Timing.runJifen(policy, work.cases(), roundNanos));
            b.add(Timing.runRaw(raw, work.cases(), roundNanos));
            System.out.printf(Locale.ROOT,
                    "round %d: A Jifen %,10.0f evals/s   B raw Drools %,10.0f evals/s   A/B %.3f   (thread on CPU: A %.0f%%, B %.0f%%)%n",
                    r + 1, a.get(r).rate(), b.get(r).rate(), a.get(r).rate() / b.get(r).rate(),
                    100 * a.get(r).onCpu(), 100 * b.get(r).onCpu());
        }
        System.out.println();

        // 4b. Where the time goes (informational): history preparation alone, and raw Drools given
        //     only the Tally facts that some rule tests.
        Breakdown breakdown = Breakdown.measure(raw, rawTested, work.cases(), roundNanos);

        // 5. Compile time, warm; heap per compiled policy; cold path of a freshly compiled policy.
        double[] warmCompile = PolicyCosts.warmCompileMs(compiler, source);
        long[] heap = PolicyCosts.heapPerPolicy(compiler, source, work.cases()[0]);
        FreshPath fresh = PolicyCosts.freshPolicyPath(compiler, source, work.cases());

        ResultsReport.printResults(villageId, policy.rules().size(), a, b, villages.coldCompileMs(),
                villages.coldIsChosen(), work.jvmFirstEvalMs(), warmCompile, heap, fresh);
        if (!breakdown.prep().isEmpty()) {
            ResultsReport.printBreakdown(breakdown, a, b, work.cases());
        }
        ResultsReport.printGoals(a, b);
        raw.dispose();
        policy.close();
    }
}
