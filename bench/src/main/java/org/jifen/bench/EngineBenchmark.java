package org.jifen.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.PeriodTotals;
import org.jifen.engine.pointslist.PointsList;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.jifen.facts.Awards;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Streak;
import org.jifen.facts.Tally;
import org.jifen.facts.Village;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

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

    private static final double SECONDS = doubleProperty("bench.seconds", 5);
    private static final double WARMUP = doubleProperty("bench.warmup", 5);
    private static final int ROUNDS = intProperty("bench.rounds", 5);
    private static final int EXTRA_ROUNDS = intProperty("bench.extraRounds", 3);
    private static final int CASES = intProperty("bench.cases", 4096);
    private static final int MEMBERS = intProperty("bench.members", 500);
    private static final long SEED = Long.getLong("bench.seed", 20261124L);

    /** History falls on 1–20 November 2026, the benchmarked evidence on 21–30 November: same month. */
    private static final LocalDate MONTH = LocalDate.of(2026, 11, 1);

    private static final Pattern TYPE_TEST = Pattern.compile("\\btype\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern ATTR_TEST = Pattern.compile("\\battr\\(\\s*\"([^\"]+)\"\\s*\\)\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern ROLE_TEST = Pattern.compile("\\bhasRole\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern TALLY_PATTERN = Pattern.compile("\\bTally\\s*\\(([^)]*)\\)");
    private static final Pattern KEY_TEST = Pattern.compile("\\bkey\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern PERIOD_TEST = Pattern.compile("\\bperiod\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern RULE_LINE = Pattern.compile("(?m)^\\s*rule\\s+\"");

    /** Keeps results alive so the JIT cannot drop the measured work. */
    static volatile long sink;

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path rulesDir = args.length > 0 ? Path.of(args[0]) : locateRules();
        PolicyCompiler compiler = new PolicyCompiler();
        printEnvironment(rulesDir);

        // 1. The largest village. Guess it from the text first and compile the guess first, so that
        //    the cold compile (first compile in this JVM) is of the village that is benchmarked.
        List<Path> villages = villageDirs(rulesDir);
        String forced = System.getProperty("bench.village");
        Path guess = forced != null ? rulesDir.resolve(forced)
                : villages.stream().max(Comparator.comparingInt(EngineBenchmark::rulesInText)).orElseThrow();
        List<Path> order = new ArrayList<>(villages);
        order.remove(guess);
        order.add(0, guess);
        Map<Path, Integer> ruleCounts = new LinkedHashMap<>();
        Map<Path, Double> firstCompileMs = new LinkedHashMap<>();
        for (Path dir : order) {
            PolicySource source = PolicySource.read(dir);
            long t0 = System.nanoTime();
            CompiledPolicy policy = compiler.compile(source, 1);
            firstCompileMs.put(dir, ms(System.nanoTime() - t0));
            ruleCounts.put(dir, policy.rules().size());
            policy.close();
        }
        Path chosen = forced != null ? guess
                : villages.stream().max(Comparator.comparingInt((Path d) -> ruleCounts.get(d))
                        .thenComparing(Comparator.comparing((Path d) -> d.getFileName().toString()).reversed()))
                        .orElseThrow();
        System.out.println("## Villages (rules per compiled policy; first compile in this JVM, in compile order)");
        System.out.println();
        for (Path dir : order) {
            System.out.printf(Locale.ROOT, "- %-10s %3d rules, first compile %8.1f ms%s%s%n", dir.getFileName(),
                    ruleCounts.get(dir), firstCompileMs.get(dir), dir.equals(order.get(0)) ? "  (cold JVM)" : "",
                    dir.equals(chosen) ? "  <- benchmarked" : "");
        }
        System.out.println();
        double coldCompileMs = firstCompileMs.get(chosen);
        boolean coldIsChosen = order.get(0).equals(chosen);

        // 2. The workload: members with a month of history, and evidence to evaluate.
        PolicySource source = PolicySource.read(chosen);
        String villageId = source.villageId();
        Shape shape = Shape.of(source);
        CompiledPolicy policy = compiler.compile(source, 1);
        Workload work = Workload.generate(policy, shape, new Random(SEED));
        Village village = policy.config().fact();
        printWorkload(villageId, policy, shape, work);

        // 3. Raw Drools on the same files, and a check that both see the same awards.
        KieBase rawBase = rawKieBase(source);
        RawDrools raw = new RawDrools(rawBase, village, false);
        RawDrools rawTested = new RawDrools(rawBase, village, true);
        crossCheck(policy, raw, rawTested, work.cases);

        // 4. Throughput, one thread: warm-up, then alternating A/B rounds.
        long warmNanos = (long) (WARMUP * 1e9);
        long roundNanos = (long) (SECONDS * 1e9);
        Round wa = runJifen(policy, work.cases, warmNanos);
        Round wb = runRaw(raw, work.cases, warmNanos);
        System.out.printf(Locale.ROOT, "Warm-up: Jifen %,.0f evals/s, raw Drools %,.0f evals/s (%.0f s each, not counted)%n%n",
                wa.rate(), wb.rate(), WARMUP);
        List<Round> a = new ArrayList<>();
        List<Round> b = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            a.add(runJifen(policy, work.cases, roundNanos));
            b.add(runRaw(raw, work.cases, roundNanos));
            System.out.printf(Locale.ROOT,
                    "round %d: A Jifen %,10.0f evals/s   B raw Drools %,10.0f evals/s   A/B %.3f   (thread on CPU: A %.0f%%, B %.0f%%)%n",
                    r + 1, a.get(r).rate(), b.get(r).rate(), a.get(r).rate() / b.get(r).rate(),
                    100 * a.get(r).onCpu(), 100 * b.get(r).onCpu());
        }
        System.out.println();

        // 4b. Where the time goes (informational): history preparation alone, and raw Drools given
        //     only the Tally facts that some rule tests.
        Breakdown breakdown = breakdown(raw, rawTested, work.cases, roundNanos);

        // 5. Compile time, warm; heap per compiled policy; cold path of a freshly compiled policy.
        double[] warmCompile = warmCompileMs(compiler, source);
        long[] heap = heapPerPolicy(compiler, source, work.cases[0]);
        FreshPath fresh = freshPolicyPath(compiler, source, work.cases);

        printResults(villageId, policy.rules().size(), a, b, coldCompileMs, coldIsChosen, work.jvmFirstEvalMs,
                warmCompile, heap, fresh);
        if (!breakdown.prep().isEmpty()) {
            printBreakdown(breakdown, a, b, work.cases);
        }
        printGoals(a, b);
        raw.dispose();
        policy.close();
    }

    // ---------------------------------------------------------------- discovery

    private static Path locateRules() {
        for (String candidate : List.of("rules", "../rules")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("no rules directory: run from the repository root or bench/, or pass it");
    }

    private static List<Path> villageDirs(Path rulesDir) throws IOException {
        try (Stream<Path> dirs = Files.list(rulesDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(PolicySource.VILLAGE_FILE))).sorted().toList();
        }
    }

    /** Rules counted from the text, only to pick which village to compile first. */
    private static int rulesInText(Path dir) {
        PolicySource source = PolicySource.read(dir);
        int rules = 0;
        for (Map.Entry<String, String> file : source.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                Matcher m = RULE_LINE.matcher(file.getValue());
                while (m.find()) {
                    rules++;
                }
            } else if (file.getKey().equals(PolicySource.POINTS_LIST_FILE)) {
                rules += (int) file.getValue().lines().skip(1).filter(l -> !l.isBlank()).count();
            }
        }
        return rules;
    }

    /** All DRL of the policy as Drools sees it: the DRL files, and the points list compiled to DRL. */
    static Map<String, String> drlFiles(PolicySource source) {
        Map<String, String> drl = new TreeMap<>();
        String csv = source.files().get(PolicySource.POINTS_LIST_FILE);
        if (csv != null) {
            List<Problem> problems = new ArrayList<>();
            PointsList list = PointsList.parse(PolicySource.POINTS_LIST_FILE, csv, problems);
            if (list == null) {
                throw new IllegalStateException("points list: " + problems);
            }
            drl.put(PolicySource.POINTS_LIST_FILE + ".drl", list.toDrl(source.villageId()));
        }
        source.files().forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, text);
            }
        });
        return drl;
    }

    /** What the village's rules test: evidence types, attribute values and member roles. */
    record Shape(List<String> types, Map<String, List<String>> attrValues, List<String> roles, Set<String> tallyTests) {

        /** Whether any Tally pattern could match this fact; {@code tallyTests} null means any could. */
        boolean tested(Tally tally) {
            return tallyTests == null || tallyTests.contains(tally.key() + "/" + tally.period())
                    || tallyTests.contains(tally.key() + "/*");
        }

        static Shape of(PolicySource source) {
            Set<String> types = new TreeSet<>();
            Map<String, Set<String>> attrs = new TreeMap<>();
            Set<String> roles = new TreeSet<>();
            Set<String> tallyTests = new TreeSet<>();
            boolean anyTally = false;
            for (String text : drlFiles(source).values()) {
                Matcher t = TALLY_PATTERN.matcher(text);
                while (t.find()) {
                    Matcher key = KEY_TEST.matcher(t.group(1));
                    Matcher period = PERIOD_TEST.matcher(t.group(1));
                    if (key.find()) {
                        tallyTests.add(key.group(1) + "/" + (period.find() ? period.group(1) : "*"));
                    } else {
                        anyTally = true;
                    }
                }
                Matcher m = TYPE_TEST.matcher(text);
                while (m.find()) {
                    types.add(m.group(1));
                }
                m = ATTR_TEST.matcher(text);
                while (m.find()) {
                    attrs.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                }
                m = ROLE_TEST.matcher(text);
                while (m.find()) {
                    roles.add(m.group(1));
                }
            }
            Map<String, List<String>> attrValues = new TreeMap<>();
            attrs.forEach((k, v) -> attrValues.put(k, List.copyOf(v)));
            return new Shape(List.copyOf(types), attrValues, List.copyOf(roles), anyTally ? null : Set.copyOf(tallyTests));
        }
    }

    // ---------------------------------------------------------------- workload

    /** One evaluation: the evidence with its member and history, and the raw side's facts precomputed. */
    record Case(Evidence evidence, Member member, MemberHistory history, Streak streak, List<Tally> tallies,
            List<Tally> testedTallies) {
    }

    record Workload(Case[] cases, int[] entriesPerMember, double jvmFirstEvalMs) {

        static Workload generate(CompiledPolicy policy, Shape shape, Random rnd) {
            Member[] members = new Member[MEMBERS];
            MemberHistory[] histories = new MemberHistory[MEMBERS];
            int[] entries = new int[MEMBERS];
            int[] next = {1};
            double firstEvalMs = -1;
            for (int i = 0; i < MEMBERS; i++) {
                members[i] = member(i, shape, rnd);
                histories[i] = new MemberHistory();
                // 0..20 pieces of earlier evidence on 1–20 November, credited through the policy itself,
                // so that the history holds exactly what the service would have written.
                int prior = rnd.nextInt(21);
                List<Evidence> earlier = new ArrayList<>();
                for (int k = 0; k < prior; k++) {
                    earlier.add(evidence("h" + next[0]++, members[i].id(), 1 + rnd.nextInt(20), shape, rnd));
                }
                earlier.sort(Comparator.comparing(Evidence::occurredAt));
                for (Evidence e : earlier) {
                    long t0 = System.nanoTime();
                    Evaluation evaluation = policy.evaluate(e, members[i], histories[i]);
                    if (firstEvalMs < 0) {
                        firstEvalMs = ms(System.nanoTime() - t0);
                    }
                    evaluation.recordInto(histories[i], e);
                }
                entries[i] = histories[i].entries().size();
            }
            Case[] cases = new Case[CASES];
            for (int c = 0; c < CASES; c++) {
                int m = rnd.nextInt(MEMBERS);
                Evidence e = evidence("e" + c, members[m].id(), 21 + rnd.nextInt(10), shape, rnd);
                LocalDate day = e.occurredAt().toLocalDate();
                List<Tally> tallies = List.copyOf(PeriodTotals.of(histories[m], day).tallies(members[m].id()));
                Streak streak = new Streak(members[m].id(), e.type(), histories[m].streak(e.type(), day, e.approved()));
                List<Tally> tested = tallies.stream().filter(shape::tested).toList();
                cases[c] = new Case(e, members[m], histories[m], streak, tallies, tested);
            }
            return new Workload(cases, entries, firstEvalMs);
        }

        private static Member member(int i, Shape shape, Random rnd) {
            Set<String> roles = new LinkedHashSet<>();
            roles.add("RESIDENT");
            if (rnd.nextInt(100) < 15) {
                roles.add("PARTY_MEMBER");
            }
            if (rnd.nextInt(100) < 10) {
                roles.add("VOLUNTEER");
            }
            for (String role : shape.roles()) {
                if (!role.equals("RESIDENT") && !role.equals("PARTY_MEMBER") && rnd.nextInt(100) < 8) {
                    roles.add(role);
                }
            }
            LocalDate joined = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(4000));
            return new Member("m" + i, "h" + (i / 3), roles, joined);
        }

        private static Evidence evidence(String id, String memberId, int dayOfMonth, Shape shape, Random rnd) {
            String type = shape.types().get(rnd.nextInt(shape.types().size()));
            int s = rnd.nextInt(100);
            String status = s < 85 ? Evidence.APPROVED : s < 97 ? Evidence.PENDING : Evidence.REJECTED;
            LocalDateTime at = MONTH.withDayOfMonth(dayOfMonth).atTime(7 + rnd.nextInt(14), rnd.nextInt(60));
            int minutes = rnd.nextInt(5) == 0 ? 0 : 15 * rnd.nextInt(17);
            int quantity = rnd.nextInt(10) < 3 ? 1 + rnd.nextInt(6) : 1;
            int photos = rnd.nextInt(4);
            Map<String, String> attrs = new HashMap<>();
            shape.attrValues().forEach((key, values) -> {
                if (rnd.nextInt(100) < 40) {
                    attrs.put(key, rnd.nextInt(10) < 7 ? values.get(rnd.nextInt(values.size())) : "OTHER");
                }
            });
            String reporter = rnd.nextInt(5) == 0 ? "m" + rnd.nextInt(MEMBERS) : null;
            return new Evidence(id, type, memberId, reporter, at, minutes, quantity, photos, status, attrs);
        }
    }

    private static void printWorkload(String villageId, CompiledPolicy policy, Shape shape, Workload work) {
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

    // ---------------------------------------------------------------- raw Drools

    /** The same DRL, built by plain Drools: imports and global added after the package line. */
    static KieBase rawKieBase(PolicySource source) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        drlFiles(source).forEach((name, text) -> {
            String drl = text.replaceFirst("(?m)^(\\s*package\\s+[^;\\n]+;?)",
                    "$1\nimport org.jifen.facts.*;\nglobal org.jifen.facts.Awards award;\n");
            builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .setSourcePath("raw/" + name.replace(".csv.drl", ".drl")), ResourceType.DRL);
        });
        if (builder.hasErrors()) {
            throw new IllegalStateException("raw Drools build failed: " + builder.getErrors());
        }
        return builder.newKieBase();
    }

    /** An {@code award} global that only counts. */
    static final class CountingAwards implements Awards {
        long calls;
        long points;

        @Override
        public void grant(Evidence evidence, int p, String reason) {
            calls++;
            points += p;
        }

        @Override
        public void deduct(Evidence evidence, int p, String reason) {
            calls++;
            points -= p;
        }
    }

    /** One reused session, the same strategy as the engine's pool on one thread: insert, fire, delete. */
    static final class RawDrools {
        final KieSession session;
        final CountingAwards award = new CountingAwards();
        final Village village;
        final boolean onlyTestedTallies;
        private final List<FactHandle> handles = new ArrayList<>();

        RawDrools(KieBase base, Village village, boolean onlyTestedTallies) {
            this.session = base.newKieSession();
            this.village = village;
            this.onlyTestedTallies = onlyTestedTallies;
            session.setGlobal("award", award);
        }

        int evaluate(Case c) {
            handles.add(session.insert(c.evidence()));
            handles.add(session.insert(c.member()));
            handles.add(session.insert(village));
            handles.add(session.insert(c.streak()));
            List<Tally> tallies = onlyTestedTallies ? c.testedTallies() : c.tallies();
            for (int i = 0, n = tallies.size(); i < n; i++) {
                handles.add(session.insert(tallies.get(i)));
            }
            int fired = session.fireAllRules();
            for (int i = 0, n = handles.size(); i < n; i++) {
                session.delete(handles.get(i));
            }
            handles.clear();
            return fired;
        }

        void dispose() {
            session.dispose();
        }
    }

    /** Both sides must see the same candidate awards, or the comparison means nothing. */
    private static void crossCheck(CompiledPolicy policy, RawDrools raw, RawDrools rawTested, Case[] cases) {
        long jifenAwards = 0;
        long jifenCredited = 0;
        long withAward = 0;
        long before = raw.award.calls;
        long beforeTested = rawTested.award.calls;
        for (Case c : cases) {
            rawTested.evaluate(c);
            Evaluation e = policy.evaluate(c.evidence(), c.member(), c.history());
            jifenAwards += e.awards().size();
            jifenCredited += e.credited().size();
            withAward += e.awards().isEmpty() ? 0 : 1;
            raw.evaluate(c);
        }
        long rawAwards = raw.award.calls - before;
        long rawTestedAwards = rawTested.award.calls - beforeTested;
        System.out.println("## Cross-check over the " + cases.length + " evidence");
        System.out.println();
        System.out.printf(Locale.ROOT, "- award calls: Jifen %d (of which credited after caps %d), raw Drools %d -> %s%n",
                jifenAwards, jifenCredited, rawAwards, jifenAwards == rawAwards ? "same" : "DIFFERENT");
        System.out.printf(Locale.ROOT, "- evidence with at least one award: %.0f%%; awards per evaluation %.2f%n",
                100.0 * withAward / cases.length, (double) jifenAwards / cases.length);
        System.out.printf(Locale.ROOT, "- raw Drools given only the Tally facts some rule tests (C below): %d award calls -> %s%n",
                rawTestedAwards, rawTestedAwards == rawAwards ? "same" : "DIFFERENT");
        System.out.println();
        if (jifenAwards != rawAwards || rawTestedAwards != rawAwards) {
            throw new IllegalStateException("Jifen and raw Drools disagree on the awards; fix the benchmark");
        }
    }

    // ---------------------------------------------------------------- measurement

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

    private static final int BATCH = 256;

    private static Round runJifen(CompiledPolicy policy, Case[] cases, long nanos) {
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
        sink += acc;
        return new Round(n, now - start, cpuNanos() - cpu0, allocatedBytes() - allocated0, gcMillis() - gc0);
    }

    private static Round runRaw(RawDrools raw, Case[] cases, long nanos) {
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
        sink += acc + raw.award.calls;
        return new Round(n, now - start, cpuNanos() - cpu0, allocatedBytes() - allocated0, gcMillis() - gc0);
    }

    /** Rounds of the informational components, alternating P B C. */
    record Breakdown(List<Round> prep, List<Round> raw, List<Round> rawTested) {
    }

    private static Breakdown breakdown(RawDrools raw, RawDrools rawTested, Case[] cases, long nanos) {
        ToIntFunction<Case> prep = EngineBenchmark::prepareHistoryFacts;
        ToIntFunction<Case> tested = rawTested::evaluate;
        Breakdown out = new Breakdown(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (EXTRA_ROUNDS <= 0) {
            return out;
        }
        run(prep, cases, 2_000_000_000L);
        run(tested, cases, 2_000_000_000L);
        for (int r = 0; r < EXTRA_ROUNDS; r++) {
            out.prep().add(run(prep, cases, nanos));
            out.raw().add(runRaw(raw, cases, nanos));
            out.rawTested().add(run(tested, cases, nanos));
            System.out.printf(Locale.ROOT, "breakdown round %d: P history prep %,10.0f/s   B raw Drools %,10.0f/s   C raw Drools, tested Tally only %,10.0f/s%n",
                    r + 1, out.prep().get(r).rate(), out.raw().get(r).rate(), out.rawTested().get(r).rate());
        }
        System.out.println();
        return out;
    }

    /** What {@code CompiledPolicy.evaluate} computes before it fires: the Tally facts and the Streak. */
    static int prepareHistoryFacts(Case c) {
        Evidence e = c.evidence();
        LocalDate day = e.occurredAt().toLocalDate();
        List<Tally> tallies = PeriodTotals.of(c.history(), day).tallies(c.member().id());
        Streak streak = new Streak(c.member().id(), e.type(), c.history().streak(e.type(), day, e.approved()));
        return tallies.size() + streak.days();
    }

    private static Round run(ToIntFunction<Case> work, Case[] cases, long nanos) {
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
        sink += acc;
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

    /** Median of 20 compiles after 5 warm-ups; [min, median, max] in ms. */
    private static double[] warmCompileMs(PolicyCompiler compiler, PolicySource source) {
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
    private static long[] heapPerPolicy(PolicyCompiler compiler, PolicySource source, Case one) {
        final int copies = 100;
        long before = usedAfterGc();
        List<CompiledPolicy> kept = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            kept.add(compiler.compile(source, 1000 + i));
        }
        long compiled = usedAfterGc();
        for (CompiledPolicy p : kept) {
            sink += p.evaluate(one.evidence(), one.member(), one.history()).awards().size();
        }
        long withSession = usedAfterGc();
        sink += kept.size();
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

    /** Times of the first evaluations of freshly compiled copies of the policy (warm JVM). */
    record FreshPath(double[] firstMs, double[] secondMs, double[] first1000MeanUs) {
    }

    private static FreshPath freshPolicyPath(PolicyCompiler compiler, PolicySource source, Case[] cases) {
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
                sink += p.evaluate(c.evidence(), c.member(), c.history()).awards().size();
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

    // ---------------------------------------------------------------- report

    private static void printResults(String villageId, int rules, List<Round> a, List<Round> b, double coldCompileMs,
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

    private static void printGoals(List<Round> a, List<Round> b) {
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

    private static void printBreakdown(Breakdown d, List<Round> a, List<Round> b, Case[] cases) {
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

    private static void printEnvironment(Path rulesDir) {
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
                WARMUP, ROUNDS, SECONDS, CASES, MEMBERS, SEED);
        System.out.println();
    }

    // ---------------------------------------------------------------- helpers

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double[] minMedianMax(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[0], median(sorted), sorted[sorted.length - 1]};
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double doubleProperty(String name, double fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : Double.parseDouble(value);
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
