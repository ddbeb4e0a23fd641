package org.jifen.api.policy;

import java.util.List;
import org.jifen.engine.cases.CaseResult;
import org.jifen.engine.policy.Problem;

/** A policy bundle that may not be published: its problems and its failing cases. */
public class PublishRejectedException extends RuntimeException {

    private final transient List<Problem> problems;
    private final transient List<CaseResult> failedCases;
    private final transient List<String> caseProblems;

    public PublishRejectedException(String villageId, List<Problem> problems, List<CaseResult> failedCases,
            List<String> caseProblems) {
        super("policy of village " + villageId + " was not published: " + problems.size() + " problem(s), "
                + failedCases.size() + " failing case(s)" + (caseProblems.isEmpty() ? "" : ", " + String.join("; ", caseProblems)));
        this.problems = List.copyOf(problems);
        this.failedCases = List.copyOf(failedCases);
        this.caseProblems = List.copyOf(caseProblems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<CaseResult> failedCases() {
        return failedCases;
    }

    /** Problems of the case files themselves, such as a village without cases or an unreadable file. */
    public List<String> caseProblems() {
        return caseProblems;
    }
}
