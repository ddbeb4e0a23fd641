package org.jifen.engine.cases;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.RuleSpec;
import org.jifen.engine.template.Templates;

/** Runs villages' sample cases against their policies: the {@code policy-test} command and its tests. */
public final class PolicyTest {

    private final PolicyCompiler compiler;

    public PolicyTest(PolicyCompiler compiler) {
        this.compiler = compiler;
    }

    /** The outcome of one village: every case's result, or the problems that kept it from running. */
    public record VillageReport(String villageId, List<CaseResult> cases, List<String> problems) {

        public boolean passed() {
            return problems.isEmpty() && cases.stream().allMatch(CaseResult::passed);
        }

        public long failures() {
            return cases.stream().filter(c -> !c.passed()).count() + (problems.isEmpty() ? 0 : 1);
        }
    }

    /** Runs the cases of a bundle against its own policy. */
    public VillageReport run(PolicySource source) {
        return run(source, source.caseFiles());
    }

    /** Runs one village's cases; {@code caseFiles} maps a case file's name to its text. */
    public VillageReport run(PolicySource source, SortedMap<String, String> caseFiles) {
        CompiledPolicy policy;
        try {
            policy = compiler.compile(source, 0);
        } catch (PolicyException e) {
            return new VillageReport(source.villageId(), List.of(),
                    e.problems().stream().map(p -> "rules/" + source.villageId() + "/" + p).toList());
        }
        try {
            return run(policy, caseFiles);
        } finally {
            policy.close();
        }
    }

    /** Runs the cases against an already compiled policy. */
    public VillageReport run(CompiledPolicy policy, SortedMap<String, String> caseFiles) {
        String village = policy.villageId();
        if (caseFiles.isEmpty()) {
            return new VillageReport(village, List.of(), List.of("village " + village + " has no sample cases"));
        }
        Map<String, RuleSpec> rules = policy.rules();
        List<CaseResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        caseFiles.forEach((file, text) -> {
            try {
                CaseFileReader reader = new CaseFileReader(file, rule -> rules.containsKey(rule)
                        ? rules.get(rule).category() : RuleSpec.DEFAULT_CATEGORY);
                for (SampleCase sampleCase : reader.read(text)) {
                    results.add(CaseRunner.run(policy, sampleCase));
                }
            } catch (CaseFormatException e) {
                problems.add("samples/" + village + "/" + e.getMessage());
            }
        });
        return new VillageReport(village, results, problems);
    }

    /** Runs every village under {@code rules} (or just {@code village}), printing each case; returns the reports. */
    public List<VillageReport> runAll(Path rules, Path samples, String village, PrintStream out) {
        List<VillageReport> reports = new ArrayList<>();
        for (Path dir : villageDirs(rules, village)) {
            VillageReport report = run(readVillage(rules, samples, dir));
            print(report, out);
            reports.add(report);
        }
        for (Path dir : Templates.templateDirs(rules)) {
            if (village == null || village.equals(dir.getFileName().toString())) {
                VillageReport report = run(Templates.asVillage(Templates.read(dir,
                        samples.resolve(Templates.FOLDER).resolve(dir.getFileName()))));
                print(report, out);
                reports.add(report);
            }
        }
        long failed = reports.stream().mapToLong(VillageReport::failures).sum();
        long passed = reports.stream().flatMap(r -> r.cases().stream()).filter(CaseResult::passed).count();
        if (reports.isEmpty()) {
            out.println("no village found under " + rules + (village == null ? "" : " named " + village));
            failed = 1;
        }
        out.println(passed + " passed, " + failed + " failed");
        return reports;
    }

    private static void print(VillageReport report, PrintStream out) {
        for (CaseResult result : report.cases()) {
            out.println((result.passed() ? "PASS " : "FAIL ") + report.villageId() + "/" + result.file() + " · " + result.name());
            result.differences().forEach(d -> out.println("     " + d));
        }
        report.problems().forEach(p -> out.println("FAIL " + p));
    }

    /** A village folder's bundle with its cases, and the template it extends attached from {@code rules/_templates/}. */
    public static PolicySource readVillage(Path rules, Path samples, Path dir) {
        return Templates.resolveFromFolder(PolicySource.read(dir, samples.resolve(dir.getFileName())), rules);
    }

    static List<Path> villageDirs(Path rules, String village) {
        return PolicySource.villageDirs(rules).stream()
                .filter(d -> village == null || d.getFileName().toString().equals(village)).toList();
    }
}
