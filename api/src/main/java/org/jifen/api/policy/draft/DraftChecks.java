package org.jifen.api.policy.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jifen.api.policy.version.CaseView;
import org.jifen.api.policy.version.ProblemView;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.check.PolicyChecks;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.coverage.CoverageMapper;
import org.springframework.stereotype.Component;

/** Validates a draft and runs its cases, with the same compiler and case runner a publish uses. */
@Component
class DraftChecks {

    private final PolicyCompiler compiler = new PolicyCompiler();
    private final CoverageMapper coverage;

    DraftChecks(CoverageMapper coverage) {
        this.coverage = coverage;
    }

    /**
     * Every problem of the policy files (errors and warnings, with file, line and column), the static
     * checks' findings ({@link PolicyChecks}; their errors stop a publish), and of the case files when they cannot be read; a draft without case files gets a warning, since a publish
     * needs passing cases.
     */
    ValidationView validate(PolicySource source) {
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
                new PolicyTest(compiler).run(policy, cases).problems()
                        .forEach(p -> problems.add(ProblemView.ofCaseProblem(p)));
            }
        } finally {
            policy.close();
        }
        return new ValidationView(problems.stream().noneMatch(ProblemView::isError), problems);
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
        CompiledPolicy policy;
        try {
            policy = compiler.compile(source, 0);
        } catch (PolicyException e) {
            return new TestView(false, 0, 0, List.of(), e.problems().stream().map(ProblemView::of).toList());
        }
        try {
            PolicyTest.VillageReport report = new PolicyTest(compiler).run(policy, source.caseFiles());
            List<CaseView> cases = report.cases().stream().map(CaseView::of).toList();
            int failed = (int) cases.stream().filter(c -> !c.passed()).count();
            return new TestView(report.passed(), cases.size(), failed, cases,
                    report.problems().stream().map(ProblemView::ofCaseProblem).toList());
        } finally {
            policy.close();
        }
    }
}
