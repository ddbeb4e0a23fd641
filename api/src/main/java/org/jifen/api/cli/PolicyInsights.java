package org.jifen.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.jifen.engine.cases.CaseCoverage;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.check.PolicyChecks;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;

/** What {@code policy-test} prints after the cases: each village's static-check findings and, asked, its coverage. */
final class PolicyInsights {

    private PolicyInsights() {
    }

    /** Prints the findings, or the coverage; returns how many findings are errors that would stop a publish. */
    static int print(Path rules, Path samples, String village, boolean coverage, PrintStream out) {
        int errors = 0;
        PolicyCompiler compiler = new PolicyCompiler();
        for (Path dir : PolicySource.villageDirs(rules)) {
            String id = dir.getFileName().toString();
            if (village != null && !village.equals(id)) {
                continue;
            }
            PolicySource source = PolicyTest.readVillage(rules, samples, dir);
            CompiledPolicy policy;
            try {
                policy = compiler.compile(source, 0);
            } catch (PolicyException e) {
                continue; // the case run has printed its problems
            }
            try {
                if (coverage) {
                    coverage(id, CaseCoverage.of(policy, source.caseFiles()), out);
                } else {
                    List<Problem> findings = PolicyChecks.run(source, policy, null);
                    findings.forEach(f -> out.println("CHECK " + id + "/" + f));
                    errors += (int) findings.stream().filter(f -> f.severity() == Problem.Severity.ERROR).count();
                }
            } finally {
                policy.close();
            }
        }
        return errors;
    }

    private static void coverage(String village, List<CaseCoverage.RuleCoverage> rules, PrintStream out) {
        long fired = rules.stream().filter(r -> r.fired() > 0).count();
        out.println("coverage " + village + ": " + fired + " of " + rules.size() + " rules fired over the sample cases");
        for (CaseCoverage.RuleCoverage rule : rules) {
            out.println((rule.fired() > 0 ? "  fired " + String.format("%3d", rule.fired()) + "×  " : "  NEVER FIRED  ")
                    + rule.rule() + "  (" + rule.file() + ":" + rule.line() + ", " + rule.category() + ")");
        }
    }
}
