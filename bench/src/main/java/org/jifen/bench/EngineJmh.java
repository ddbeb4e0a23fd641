package org.jifen.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jifen.engine.policy.CompileLimits;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.EvaluationLimits;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH, one thread: the largest sample village's evaluation by Jifen ({@link #jifen}) against raw
 * Drools on the same DRL and facts ({@link #rawDrools}); and the first ten points-list rows of that
 * village as a Jifen policy ({@link #jifenTenRules}) against the same ten rules hand-written in plain
 * Java ({@link #plainJavaTenRules}, the floor). Each benchmark cycles through the same 4096 evidence.
 * The setup checks that both sides of each pair give the same awards. Run by bench/run.sh.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 3, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Thread)
public class EngineJmh {

    private Case[] cases;
    private CompiledPolicy policy;
    private CompiledPolicy tenRules;
    private RawDrools raw;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path rulesDir = VillageSurvey.locateRules();
        // the default 20 s compile limit is a guard for the service; a busy machine can exceed it here
        CompileLimits d = CompileLimits.DEFAULT;
        PolicyCompiler compiler = new PolicyCompiler(EvaluationLimits.DEFAULT, new CompileLimits(d.maxFileBytes(),
                d.maxTotalBytes(), d.maxRules(), d.maxNesting(), Duration.ofMinutes(10)), true);
        Path chosen = VillageSurvey.compile(rulesDir, compiler).chosen();
        PolicySource source = VillageSurvey.read(chosen);
        policy = compiler.compile(source, 1);
        cases = Workload.generate(policy, Shape.of(source), new Random(Settings.SEED)).cases();
        RawDrools rawTested = new RawDrools(RawDrools.kieBase(source), policy.config().fact(), true);
        raw = new RawDrools(RawDrools.kieBase(source), policy.config().fact(), false);
        CrossCheck.run(policy, raw, rawTested, cases);
        rawTested.dispose();
        tenRules = compiler.compile(firstRows(source, PlainTenRules.TEN), 1);
        long jifen = 0;
        long plain = 0;
        for (Case c : cases) {
            jifen += tenRules.evaluate(c.evidence(), c.member(), c.history()).credited().stream()
                    .mapToLong(a -> a.points()).sum();
            plain += PlainTenRules.evaluate(c.evidence(), c.member(), c.history());
        }
        System.out.printf("ten rules: Jifen credits %d points, plain Java %d over %d evidence%n", jifen, plain, cases.length);
        if (jifen != plain || jifen == 0) {
            throw new IllegalStateException("the plain-Java ten rules disagree with Jifen: " + plain + " vs " + jifen);
        }
    }

    /** The village's files with only the first {@code rows} rows of its points list and no DRL files. */
    static PolicySource firstRows(PolicySource source, int rows) {
        Map<String, String> files = new LinkedHashMap<>();
        source.files().forEach((name, text) -> {
            if (name.equals(PolicySource.POINTS_LIST_FILE)) {
                String[] lines = text.split("\n");
                files.put(name, String.join("\n", Arrays.copyOf(lines, Math.min(lines.length, rows + 1))) + "\n");
            } else if (!name.endsWith(".drl")) {
                files.put(name, text);
            }
        });
        return new PolicySource(source.villageId(), files);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        raw.dispose();
        policy.close();
        tenRules.close();
    }

    private Case nextCase() {
        Case c = cases[next];
        next = next + 1 == cases.length ? 0 : next + 1;
        return c;
    }

    @Benchmark
    public Evaluation jifen() {
        Case c = nextCase();
        return policy.evaluate(c.evidence(), c.member(), c.history());
    }

    @Benchmark
    public int rawDrools() {
        return raw.evaluate(nextCase());
    }

    @Benchmark
    public Evaluation jifenTenRules() {
        Case c = nextCase();
        return tenRules.evaluate(c.evidence(), c.member(), c.history());
    }

    @Benchmark
    public int plainJavaTenRules() {
        Case c = nextCase();
        return PlainTenRules.evaluate(c.evidence(), c.member(), c.history());
    }
}
