package org.jifen.api.policy.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jifen.api.policy.PolicyRuns;
import org.jifen.api.policy.CaseView;
import org.jifen.api.policy.ProblemView;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.check.PolicyChecks;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.coverage.CoverageMapper;
import org.springframework.stereotype.Component;

/**
 * Validates a draft and runs its cases, with the same compiler and case runner a publish uses: one
 * such run per village at a time (a second gets 429), its cases stopped at the run's time limit
 * ({@link PolicyRuns}).
 */
@Component
class DraftChecks {

    private final PolicyCompiler compiler = new PolicyCompiler();
    private final CoverageMapper coverage;
    private final PolicyRuns runs;

    DraftChecks(CoverageMapper coverage, PolicyRuns runs) {
        this.coverage = coverage;
        this.runs = runs;
    }

    /**
     * Every problem of the policy files (errors and warnings, with file, line and column), the static
     * checks' findings ({@link PolicyChecks}; their errors stop a publish), and of the case files when they cannot be read; a draft without case files gets a warning, since a publish
     * needs passing cases.
     */
    ValidationView validate(PolicySource source) {
        try (PolicyRuns.Slot slot = runs.start(source.villageId(), "规则检查")) {
            return validateAlone(source);
        }
    }

    private ValidationView validateAlone(PolicySource source) {
        List<ProblemView> problems = new ArrayList<>();
        CompiledPolicy policy;
        try {
            policy = compiler.compile(source, 0);
        } catch (PolicyException e) {
            e.problems().forEach(p -> problems.add(ProblemView.of(p)));
            return new ValidationView(false, problems);
        }
        try {
            policy.warnings().forEach(p -> problems.add(ProblemView.of(p)));
            PolicyChecks.run(source, policy, memberRoles(source.villageId())).forEach(p -> problems.add(ProblemView.of(p)));
            SortedMap<String, String> cases = source.caseFiles();
            if (cases.isEmpty()) {
                problems.add(ProblemView.warning(null, "the draft has no sample cases; a publish needs at least one "
                        + "case file, and every case must pass"));
            } else {
                PolicyTest.VillageReport report = new PolicyTest(compiler).run(runs.bounded(policy), cases);
                report.problems().forEach(p -> problems.add(ProblemView.ofCaseProblem(p)));
                if (report.cases().stream().anyMatch(DraftChecks::outOfTime)) {
                    problems.add(outOfTime());
                }
            }
        } finally {
            policy.close();
        }
        return new ValidationView(problems.stream().noneMatch(ProblemView::isError), problems);
    }

    /** Whether the run's time limit stopped an evaluation of this case (the engine's words for it). */
    private static boolean outOfTime(org.jifen.engine.cases.CaseResult result) {
        return result.differences().stream().anyMatch(d -> d.contains("time budget is spent"));
    }

    private ProblemView outOfTime() {
        return ProblemView.error(null, "案例运行超过时间上限 " + runs.timeLimit().toSeconds()
                + " 秒：之后的证据没有评估，相应的案例记为失败；请精简规则（例如去掉无约束的多重 Tally 匹配）后再试");
    }

    /** The roles the village's members hold, for the check that an item's roles are held by someone. */
    private Set<String> memberRoles(String villageId) {
        Set<String> roles = new TreeSet<>();
        coverage.memberRoleLists(villageId, 10_000).forEach(list -> {
            for (String role : list.split(",")) {
                if (!role.isBlank()) {
                    roles.add(role.strip());
                }
            }
        });
        return roles;
    }

    /** Runs the draft's cases against the draft. */
    TestView test(PolicySource source) {
        try (PolicyRuns.Slot slot = runs.start(source.villageId(), "规则测试")) {
            return testAlone(source);
        }
    }

    private TestView testAlone(PolicySource source) {
        CompiledPolicy policy;
        try {
            policy = compiler.compile(source, 0);
        } catch (PolicyException e) {
            return new TestView(false, 0, 0, List.of(), e.problems().stream().map(ProblemView::of).toList());
        }
        try {
            PolicyTest.VillageReport report = new PolicyTest(compiler).run(runs.bounded(policy), source.caseFiles());
            List<CaseView> cases = report.cases().stream().map(CaseView::of).toList();
            int failed = (int) cases.stream().filter(c -> !c.passed()).count();
            List<ProblemView> problems = new ArrayList<>(report.problems().stream().map(ProblemView::ofCaseProblem).toList());
            if (report.cases().stream().anyMatch(DraftChecks::outOfTime)) {
                problems.add(outOfTime());
            }
            return new TestView(report.passed(), cases.size(), failed, cases, problems);
        } finally {
            policy.close();
        }
    }
}
